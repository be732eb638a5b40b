package dev.berth.ui;

import dev.berth.app.SimulatorBackend;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import dev.berth.ui.handles.ClockHandle;
import dev.berth.ui.handles.ClusterTableHandle;
import dev.berth.ui.handles.MainWindowHandle;
import dev.berth.ui.handles.ServicesHandle;
import dev.berth.ui.handles.TaskDefinitionsHandle;
import dev.berth.ui.handles.TasksHandle;
import dev.berth.ui.services.ServiceRow;
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

/** The whole path a new user takes, on the real simulator: cluster, task definition, service, time, steady state. */
@ExtendWith(ApplicationExtension.class)
class EndToEndGuiTest {
    private static final String SUBNET = "subnet-0a1b2c3d4e5f60718";
    @TempDir
    Path settings;

    @Start
    void start(Stage stage) {
        Simulator simulator = Simulator.create(new WorldSettings("e2e", 42, Instant.parse("2026-03-01T09:00:00Z"),
                "us-east-1", "123456789012"), CommandJournal.none());
        TestWindow.open(stage, new SimulatorBackend(simulator, new SteppedClock(simulator)), settings);
    }

    @Test
    void aServiceOfThreeTasksReachesASteadyState(FxRobot robot) {
        MainWindowHandle window = new MainWindowHandle(robot);
        ClusterTableHandle clusters = new ClusterTableHandle(robot);
        TaskDefinitionsHandle taskDefinitions = new TaskDefinitionsHandle(robot);
        ServicesHandle services = new ServicesHandle(robot);
        ClockHandle clock = new ClockHandle(robot);

        clusters.create("demo");
        assertThat(clusters.names()).containsExactly("demo");

        window.goTo("taskdefs");
        taskDefinitions.register("web", "web", "nginx:1.27");
        assertThat(taskDefinitions.revisions()).containsExactly("web:1");

        window.goTo("services");
        services.create("web", "web:1", 3, SUBNET);
        ServiceRow web = services.row("web");
        assertThat(web.desiredProperty().get()).isEqualTo(3);
        assertThat(web.runningProperty().get()).isZero();

        clock.advance(Duration.ofMinutes(3));

        assertThat(web.runningProperty().get()).isEqualTo(3);
        assertThat(web.deploymentProperty().get()).isEqualTo("COMPLETED");
        services.select("web");
        assertThat(services.events()).first().asString().isEqualTo("(service web) has reached a steady state.");

        window.goTo("tasks");
        assertThat(new TasksHandle(robot).table().rows()).hasSize(3)
                .allSatisfy(task -> assertThat(task.lastStatusProperty().get()).isEqualTo("RUNNING"));
    }
}
