package dev.berth.ui.autoscaling;

import dev.berth.app.SimulatorBackend;
import dev.berth.core.model.PutScalingPolicyRequest;
import dev.berth.core.model.RegisterScalableTargetRequest;
import dev.berth.core.model.ScalingNames;
import dev.berth.core.model.TargetTrackingScalingPolicyConfiguration;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.DemoWorld;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import dev.berth.ui.common.MasterDetail;
import dev.berth.ui.handles.AutoScalingHandle;
import dev.berth.ui.handles.ClockHandle;
import dev.berth.ui.handles.MainWindowHandle;
import dev.berth.ui.handles.ServicesHandle;
import dev.berth.ui.shell.ViewSnapshots;
import dev.berth.ui.testing.SteppedClock;
import dev.berth.ui.testing.TestWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A spike of load on the demo service (scalable from 1 to 6 tasks, CPU tracked at 50 %), set and watched in its Auto
 * scaling tab as the service scales out and back in.
 */
@ExtendWith(ApplicationExtension.class)
class AutoScalingGuiTest {
    @TempDir
    Path settings;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Simulator simulator = Simulator.create(new WorldSettings("autoscaling", 42,
                Instant.parse("2026-03-02T09:00:00Z"), "us-east-1", "123456789012"), CommandJournal.none());
        DemoWorld.populate(simulator.ecs());
        simulator.advanceBy(Duration.ofMinutes(3));
        simulator.scaling().registerScalableTarget(RegisterScalableTargetRequest.ecsService(DemoWorld.CLUSTER,
                DemoWorld.SERVICE, 1, 6));
        simulator.scaling().putScalingPolicy(PutScalingPolicyRequest.targetTracking(DemoWorld.CLUSTER,
                DemoWorld.SERVICE, "cpu50", TargetTrackingScalingPolicyConfiguration.of(ScalingNames.CPU, 50)));
        TestWindow.open(stage, new SimulatorBackend(simulator, new SteppedClock(simulator)), settings);
    }

    @Test
    void aSpikeScalesTheDemoServiceOutAndBackIn(FxRobot robot) throws Exception {
        MainWindowHandle window = new MainWindowHandle(robot);
        ServicesHandle services = new ServicesHandle(robot);
        AutoScalingHandle autoScaling = new AutoScalingHandle(robot);
        ClockHandle clock = new ClockHandle(robot);
        window.goTo("services");
        services.select(DemoWorld.SERVICE);
        autoScaling.open();
        // At 09:03 the load jumps to 1200 requests a minute for 20 minutes; one task serves 600 at 100 % CPU.
        autoScaling.setLoad("Spike", 300, 1200, 20, 600);
        assertThat(autoScaling.target()).isEqualTo("Desired count kept between 1 and 6 tasks");
        assertThat(autoScaling.policies()).containsExactly("cpu50");
        assertThat(autoScaling.load()).startsWith("Load: spike to 1200 requests/min for 20 min");

        // 09:06: three minutes above 50 % → 2 tasks; after the 300 s cooldown, at 09:11, still 100 % → 4 tasks.
        clock.step("+15 min");
        assertThat(services.row(DemoWorld.SERVICE).desiredProperty().get()).isEqualTo(4);
        assertThat(autoScaling.activities()).containsExactly("Setting desired count to 4.",
                "Setting desired count to 2.");
        assertThat(autoScaling.chartSeries("cpu")).containsExactly("CPUUtilization (15)", "Target 50.0 (2)");
        assertThat(autoScaling.lastValue("cpu")).isEqualTo(50.0);
        assertThat(autoScaling.lastValue("tasks")).isEqualTo(4.0);

        // The spike ends at 09:23; fifteen minutes at 12.5 %, below 45 %, and at 09:38 the service is back to 1.
        clock.step("+15 min");
        clock.step("+5 min");
        assertThat(services.row(DemoWorld.SERVICE).desiredProperty().get()).isEqualTo(1);
        assertThat(autoScaling.activities()).first().isEqualTo("Setting desired count to 1.");
        assertThat(autoScaling.lastValue("cpu")).isEqualTo(12.5);

        // The README's picture: the tab given most of the window, as a user would drag the divider up.
        Path picture = Path.of("target", "screenshots", "autoscaling.png");
        Files.createDirectories(picture.getParent());
        MasterDetail split = robot.lookup(node -> node instanceof MasterDetail).queryAs(MasterDetail.class);
        robot.interact(() -> {
            split.setDividerPositions(0.12);
            try {
                ViewSnapshots.write(stage.getScene(), picture);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(picture).isNotEmptyFile();
    }
}
