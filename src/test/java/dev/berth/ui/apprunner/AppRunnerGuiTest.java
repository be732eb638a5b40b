package dev.berth.ui.apprunner;

import dev.berth.app.SimulatorBackend;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import dev.berth.ui.handles.AppRunnerHandle;
import dev.berth.ui.handles.ClockHandle;
import dev.berth.ui.handles.DialogHandle;
import dev.berth.ui.handles.MainWindowHandle;
import dev.berth.ui.testing.SteppedClock;
import dev.berth.ui.testing.TestWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The lab's App Runner steps on the real simulator: create DemoHTTP, watch it run, pause it and resume it. */
@ExtendWith(ApplicationExtension.class)
class AppRunnerGuiTest {
    @TempDir
    Path settings;

    @Start
    void start(Stage stage) {
        Simulator simulator = Simulator.create(new WorldSettings("apprunner-gui", 4,
                Instant.parse("2026-03-01T09:00:00Z"), "us-east-1", "123456789012"), CommandJournal.none());
        TestWindow.open(stage, new SimulatorBackend(simulator, new SteppedClock(simulator)), settings);
    }

    @Test
    void demoHttpIsCreatedPausedAndResumed(FxRobot robot) {
        new MainWindowHandle(robot).goTo("apprunner");
        AppRunnerHandle appRunner = new AppRunnerHandle(robot);
        ClockHandle clock = new ClockHandle(robot);
        assertThat(appRunner.notice()).contains("closed to new customers").contains("Amazon ECS Express Mode");

        DialogHandle dialog = appRunner.startCreate("DemoHTTP").type("apprunner-port", "80");
        appRunner.choose("apprunner-memory", "8 GB");
        dialog.submit();
        assertThat(dialog.errorAt("apprunner-memory")).hasValueSatisfying(m -> assertThat(m).contains("2 GB"));
        appRunner.choose("apprunner-memory", "2 GB");
        dialog.submit();

        assertThat(dialog.isOpen()).isFalse();
        AppRunnerServiceRow demo = appRunner.row("DemoHTTP");
        assertThat(demo.status()).isEqualTo("OPERATION_IN_PROGRESS");
        assertThat(demo.sizeProperty().get()).isEqualTo("1 vCPU / 2 GB");
        assertThat(demo.urlProperty().get()).matches("[a-z0-9]{10}\\.us-east-1\\.awsapprunner\\.com");

        clock.advance(Duration.ofMinutes(5));
        assertThat(demo.status()).isEqualTo("RUNNING");
        assertThat(demo.instances()).isPositive();

        appRunner.pause("DemoHTTP");
        assertThat(demo.status()).isEqualTo("OPERATION_IN_PROGRESS");
        clock.advance(Duration.ofMinutes(5));
        assertThat(demo.status()).isEqualTo("PAUSED");
        assertThat(demo.instances()).isZero();

        appRunner.resume("DemoHTTP");
        clock.advance(Duration.ofMinutes(5));
        assertThat(demo.status()).isEqualTo("RUNNING");
        assertThat(appRunner.operations()).containsExactly("RESUME_SERVICE SUCCEEDED", "PAUSE_SERVICE SUCCEEDED",
                "CREATE_SERVICE SUCCEEDED");
    }
}
