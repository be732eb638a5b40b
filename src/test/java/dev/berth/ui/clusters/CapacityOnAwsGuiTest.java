package dev.berth.ui.clusters;

import dev.berth.contract.LocalAws;
import dev.berth.core.model.AutoScalingGroup;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.Ec2Capacity;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import dev.berth.ui.handles.CapacityHandle;
import dev.berth.ui.handles.ClusterTableHandle;
import dev.berth.ui.handles.ConnectionHandle;
import dev.berth.ui.handles.MainWindowHandle;
import dev.berth.ui.testing.TestWindow;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

/**
 * The Capacity tab on a real-AWS connection (the SDK gateway over the simulator's endpoint): the provider's Auto
 * Scaling group shows its sizes, read with DescribeAutoScalingGroups over awsQuery; Edit group waits until writes
 * are turned on, then resizes the group with UpdateAutoScalingGroup.
 */
@ExtendWith(ApplicationExtension.class)
class CapacityOnAwsGuiTest {
    @TempDir
    Path settings;
    private static Simulator simulator;
    private static String provider;
    private static LocalAws aws;

    /** Off the FX thread, before the window: the world behind the endpoint, read-only at first. */
    @BeforeAll
    static void serve() {
        simulator = Simulator.create(WorldSettings.of("capacity-aws", 9, Instant.parse("2026-03-02T09:00:00Z")),
                CommandJournal.none());
        provider = simulator.ecs().createCluster(new CreateClusterRequest("ec2", List.of(), List.of(),
                new Ec2Capacity("t3.small", 1, 1, 1), List.of())).capacityProviders().get(0);
        simulator.advanceBy(Duration.ofMinutes(4));
        aws = LocalAws.serveWorld(simulator, false);
    }

    @Start
    void start(Stage stage) {
        TestWindow.open(stage, aws.gateway(), settings);
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Test
    void theGroupShowsItsSizesAndIsResizedOnceWritesAreOn(FxRobot robot) {
        new MainWindowHandle(robot).goTo("clusters");
        new ClusterTableHandle(robot).select("ec2");
        CapacityHandle capacity = new CapacityHandle(robot);
        capacity.open();

        assertThat(capacity.providers()).filteredOn(row -> row.name().equals(provider)).singleElement()
                .satisfies(row -> assertThat(row.groupSize()).isEqualTo("1 / 1 / 1"));
        assertThat(robot.lookup("#capacity-groups-error").queryAs(Label.class).isVisible()).isFalse();
        assertThat(capacity.canEditGroup(provider)).as("Edit group on a read-only connection").isFalse();

        new ConnectionHandle(robot).allowWrites();
        capacity.setGroupMaximum(provider, 3);

        assertThat(capacity.providers()).filteredOn(row -> row.name().equals(provider)).singleElement()
                .satisfies(row -> assertThat(row.groupSize()).isEqualTo("1 / 1 / 3"));
        assertThat(simulator.autoScalingGroups().describeAutoScalingGroups(List.of()))
                .extracting(AutoScalingGroup::maxSize).containsExactly(3);
    }
}
