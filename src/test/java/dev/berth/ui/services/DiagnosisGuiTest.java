package dev.berth.ui.services;

import dev.berth.app.SimulatorBackend;
import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.model.AwsVpcConfiguration;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.DeploymentCircuitBreaker;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.NetworkConfiguration;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.UpdateServiceRequest;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import dev.berth.ui.handles.MainWindowHandle;
import dev.berth.ui.handles.ServicesHandle;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "Why stuck?" on a real simulated rollout that cannot move: min 100% and max 100%. */
@ExtendWith(ApplicationExtension.class)
class DiagnosisGuiTest {
    @TempDir
    Path settings;

    @Start
    void start(Stage stage) {
        Simulator simulator = Simulator.create(new WorldSettings("stuck", 7, Instant.parse("2026-03-01T09:00:00Z"),
                "us-east-1", "123456789012"), CommandJournal.none());
        EcsGateway ecs = simulator.ecs();
        ecs.createCluster(CreateClusterRequest.named("demo"));
        for (String image : List.of("nginxdemos/hello", "nginxdemos/hello:0.3")) {
            ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest("web", "awsvpc", List.of("FARGATE"), "256",
                    "512", null, null, List.of(new ContainerDefinition("web", image, null, null, null, true,
                    List.of(new PortMapping(80, null, "tcp")), List.of(), List.of(), null)), List.of()));
        }
        ecs.createService(new CreateServiceRequest("demo", "web", "web:1", 2, "FARGATE", List.of(), null,
                new NetworkConfiguration(new AwsVpcConfiguration(List.of("subnet-0a1b2c3d4e5f60718"), List.of(),
                        "ENABLED")),
                new DeploymentConfiguration(100, 100, new DeploymentCircuitBreaker(false, false)), null, List.of()));
        simulator.advanceBy(Duration.ofMinutes(5));
        ecs.updateService(new UpdateServiceRequest("demo", "web", "web:2", null, null, null, null, null, null,
                false));
        simulator.advanceBy(Duration.ofMinutes(10));
        TestWindow.open(stage, new SimulatorBackend(simulator, new SteppedClock(simulator)), settings);
    }

    @Test
    void aRolloutWithNoRoomIsExplainedWithWhatToChange(FxRobot robot) {
        new MainWindowHandle(robot).goTo("services");

        List<String> shown = new ServicesHandle(robot).explain("web");

        assertThat(shown).containsExactly("web is not reaching its desired state: 1 reason.",
                "The deployment settings leave no room to replace a task");
    }
}
