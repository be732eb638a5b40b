package dev.berth.ui.clusters;

import dev.berth.app.SimulatorBackend;
import dev.berth.core.model.CapacityProviderStrategyItem;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.Ec2Capacity;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.RunTaskRequest;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import dev.berth.ui.common.MasterDetail;
import dev.berth.ui.handles.CapacityHandle;
import dev.berth.ui.handles.ClockHandle;
import dev.berth.ui.handles.ClusterTableHandle;
import dev.berth.ui.handles.MainWindowHandle;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An EC2 cluster whose capacity provider scaled its auto scaling group out for five waiting tasks, seen in the
 * clusters area's Capacity tab: instances, the provider's managed scaling and the group's size; then an instance
 * drained and activated, a lower target capacity that makes the group keep spare instances, and a larger maximum
 * size through Edit group.
 */
@ExtendWith(ApplicationExtension.class)
class CapacityGuiTest {
    @TempDir
    Path settings;
    private Stage stage;
    private String provider;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Simulator simulator = Simulator.create(new WorldSettings("capacity", 7,
                Instant.parse("2026-03-02T09:00:00Z"), "us-east-1", "123456789012"), CommandJournal.none());
        provider = simulator.ecs().createCluster(new CreateClusterRequest("ec2", List.of(), List.of(),
                new Ec2Capacity("t3.medium", 0, 4, 0), List.of())).capacityProviders().get(0);
        simulator.ecs().registerTaskDefinition(new RegisterTaskDefinitionRequest("worker", null, null, null, null,
                null, null, List.of(new ContainerDefinition("app", "busybox", 512, 1024, null, true, List.of(),
                List.of(), List.of(), null)), List.of()));
        simulator.ecs().runTask(new RunTaskRequest("ec2", "worker", 5, null,
                List.of(new CapacityProviderStrategyItem(provider, 1, 0)), null, null, null, null, List.of()));
        simulator.advanceBy(Duration.ofMinutes(7));
        TestWindow.open(stage, new SimulatorBackend(simulator, new SteppedClock(simulator)), settings);
    }

    @Test
    void theCapacityTabShowsInstancesProvidersAndTheGroupScaling(FxRobot robot) throws Exception {
        new MainWindowHandle(robot).goTo("clusters");
        new ClusterTableHandle(robot).select("ec2");
        CapacityHandle capacity = new CapacityHandle(robot);
        capacity.open();

        assertThat(capacity.instances()).hasSize(2).allSatisfy(i -> {
            assertThat(i.status()).isEqualTo("ACTIVE");
            assertThat(i.agentProperty().get()).isEqualTo("Connected");
            assertThat(i.instanceTypeProperty().get()).isEqualTo("t3.medium");
        });
        assertThat(capacity.instances().stream().mapToInt(i -> i.runningTasksProperty().get()).sum()).isEqualTo(5);
        assertThat(capacity.providers()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo(provider);
            assertThat(p.managedScaling()).isEqualTo("Target 100 %");
            assertThat(p.reservation()).isEqualTo("100 %");
        });
        assertThat(capacity.chartSeries("size")).containsExactly("Desired capacity (7)",
                "In-service instances (7)");
        assertThat(capacity.lastValue("size", "Desired capacity")).isEqualTo(2.0);
        assertThat(capacity.chartSeries("reservation")).containsExactly("CapacityProviderReservation (7)",
                "Target 100 % (2)");

        String instance = capacity.instances().get(0).instanceId();
        capacity.drain(instance);
        assertThat(capacity.instances()).filteredOn(i -> i.instanceId().equals(instance)).singleElement()
                .satisfies(i -> assertThat(i.status()).isEqualTo("DRAINING"));
        capacity.activate(instance);
        assertThat(capacity.instances()).allSatisfy(i -> assertThat(i.status()).isEqualTo("ACTIVE"));

        // At 50 % the two busy instances should be half the group: the next datapoint scales it out to four.
        capacity.setTargetCapacity(provider, 50);
        assertThat(capacity.providers().get(0).managedScaling()).isEqualTo("Target 50 %");
        new ClockHandle(robot).advance(Duration.ofMinutes(5));
        assertThat(capacity.lastValue("size", "Desired capacity")).isEqualTo(4.0);
        assertThat(capacity.instances()).hasSize(4);
        assertThat(capacity.providers().get(0).reservation()).isEqualTo("50 %");
        assertThat(capacity.providers().get(0).groupSize()).isEqualTo("0 / 4 / 4");
        capacity.setGroupMaximum(provider, 6);
        assertThat(capacity.providers().get(0).groupSize()).isEqualTo("0 / 4 / 6");

        Path picture = Path.of("target", "screenshots", "capacity.png");
        Files.createDirectories(picture.getParent());
        MasterDetail split = robot.lookup(node -> node instanceof MasterDetail).queryAs(MasterDetail.class);
        robot.interact(() -> {
            split.setDividerPositions(0.15);
            try {
                ViewSnapshots.write(stage.getScene(), picture);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(picture).isNotEmptyFile();
    }
}
