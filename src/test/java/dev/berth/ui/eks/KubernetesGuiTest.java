package dev.berth.ui.eks;

import dev.berth.app.SimulatorBackend;
import dev.berth.core.model.CreateNodegroupRequest;
import dev.berth.core.model.NodegroupScalingConfig;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.DemoWorld;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import dev.berth.ui.handles.ClockHandle;
import dev.berth.ui.handles.DialogHandle;
import dev.berth.ui.handles.KubernetesHandle;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The lab's EKS hands-on, clicked through in an empty simulated world. */
@ExtendWith(ApplicationExtension.class)
class KubernetesGuiTest {
    private static final String SUBNETS = "subnet-0a1b2c3d4e5f60718, subnet-0f9e8d7c6b5a40312";
    @TempDir
    Path settings;
    private Simulator simulator;

    @Start
    void start(Stage stage) {
        simulator = Simulator.create(new WorldSettings("eks-gui", 42,
                Instant.parse("2026-03-01T09:00:00Z"), "us-east-1", "123456789012"), CommandJournal.none());
        TestWindow.open(stage, new SimulatorBackend(simulator, new SteppedClock(simulator)), settings);
    }

    @Test
    void demoEksAndDemoNodeGroupBecomeActiveAndScaledNodesJoin(FxRobot robot) {
        KubernetesHandle kubernetes = new KubernetesHandle(robot);
        ClockHandle clock = new ClockHandle(robot);
        new MainWindowHandle(robot).goTo("kubernetes");

        kubernetes.createCluster("DemoEKS", SUBNETS);
        assertThat(kubernetes.cluster("DemoEKS").statusProperty().get()).isEqualTo("CREATING");
        assertThat(kubernetes.cluster("DemoEKS").endpointProperty().get()).isNull();
        clock.advanceFiveMinutes();
        clock.advanceFiveMinutes();
        assertThat(kubernetes.cluster("DemoEKS").statusProperty().get()).isEqualTo("ACTIVE");
        assertThat(kubernetes.cluster("DemoEKS").endpointProperty().get()).endsWith(".eks.amazonaws.com");

        DialogHandle dialog = kubernetes.startCreateNodegroup("DemoNodeGroup");
        assertThat(dialog.text("nodegroup-role")).isEqualTo("arn:aws:iam::123456789012:role/AmazonEKSNodeRole");
        dialog.submit();
        NodegroupRow group = kubernetes.nodegroup("DemoNodeGroup");
        assertThat(group.statusProperty().get()).isEqualTo("CREATING");
        assertThat(group.instanceTypesProperty().get()).isEqualTo("t3.medium");
        clock.advanceFiveMinutes();
        assertThat(group.statusProperty().get()).isEqualTo("ACTIVE");
        assertThat(group.nodesReadyProperty().get()).isEqualTo("2 / 2");
        assertThat(kubernetes.nodes()).hasSize(2)
                .allSatisfy(node -> assertThat(node.statusProperty().get()).isEqualTo("Ready"));

        kubernetes.scale(2, 4, 4);
        assertThat(group.statusProperty().get()).isEqualTo("UPDATING");
        assertThat(group.nodesReadyProperty().get()).isEqualTo("2 / 4");
        clock.advanceFiveMinutes();
        assertThat(group.statusProperty().get()).isEqualTo("ACTIVE");
        assertThat(group.nodesReadyProperty().get()).isEqualTo("4 / 4");
        assertThat(kubernetes.nodes()).hasSize(4)
                .allSatisfy(node -> assertThat(node.statusProperty().get()).isEqualTo("Ready"));
        assertThat(kubernetes.updates()).singleElement().satisfies(update -> {
            assertThat(update.typeProperty().get()).isEqualTo("ConfigUpdate");
            assertThat(update.statusProperty().get()).isEqualTo("Successful");
            assertThat(update.paramsProperty().get()).isEqualTo("MinSize=2, MaxSize=4, DesiredSize=4");
        });
    }

    @Test
    void aSpotInterruptionWithoutCapacityDegradesTheNodeGroup(FxRobot robot) {
        robot.interact(() -> {
            DemoWorld.createEksCluster(simulator.eks(), "123456789012");
            simulator.advanceBy(Duration.ofMinutes(10));
            simulator.eks().createNodegroup(new CreateNodegroupRequest(DemoWorld.EKS_CLUSTER, "spot",
                    new NodegroupScalingConfig(1, 3, 2), null, DemoWorld.SUBNETS, List.of("t3.medium", "t3.large"),
                    null, DemoWorld.roleArn("123456789012", DemoWorld.EKS_NODE_ROLE), null, null, "SPOT", null,
                    null));
            simulator.advanceBy(Duration.ofMinutes(4));
        });
        KubernetesHandle kubernetes = new KubernetesHandle(robot);
        new MainWindowHandle(robot).goTo("kubernetes");
        assertThat(kubernetes.nodegroup("spot").nodesReadyProperty().get()).isEqualTo("2 / 2");

        kubernetes.interruptFirstNode(false);

        NodegroupRow group = kubernetes.nodegroup("spot");
        assertThat(group.statusProperty().get()).isEqualTo("DEGRADED");
        assertThat(group.healthProperty().get()).isEqualTo("AsgInstanceLaunchFailures");
        assertThat(kubernetes.nodes()).extracting(node -> node.statusProperty().get())
                .containsExactly("Ready,SchedulingDisabled", "Ready");
    }
}
