package dev.berth.sim;

import dev.berth.core.model.EksNode;
import dev.berth.core.model.Nodegroup;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DemoWorldEksTest {

    private static Simulator simulator(Instant start) {
        return Simulator.create(WorldSettings.of("demo", 7, start), CommandJournal.none());
    }

    @Test
    void theLabsClusterIsActiveAndItsNodeGroupOfTwoT3MediumNodesJoinsFourMinutesLater() {
        Simulator demo = simulator(EcsFixture.START);

        DemoWorld.populate(demo);

        assertThat(demo.now()).isEqualTo(EcsFixture.START.plus(DemoWorld.HISTORY));
        var cluster = demo.eks().describeCluster(DemoWorld.EKS_CLUSTER);
        assertThat(cluster.status()).isEqualTo("ACTIVE");
        assertThat(cluster.roleArn()).isEqualTo("arn:aws:iam::123456789012:role/eksClusterRole");
        Nodegroup group = demo.eks().describeNodegroup(DemoWorld.EKS_CLUSTER, DemoWorld.NODEGROUP);
        assertThat(group.status()).isEqualTo("CREATING");
        assertThat(group.nodeRole()).isEqualTo("arn:aws:iam::123456789012:role/AmazonEKSNodeRole");
        assertThat(group.instanceTypes()).containsExactly("t3.medium");

        demo.advanceBy(Duration.ofMinutes(4));

        assertThat(demo.eks().describeNodegroup(DemoWorld.EKS_CLUSTER, DemoWorld.NODEGROUP).status())
                .isEqualTo("ACTIVE");
        assertThat(demo.eks().listNodes(DemoWorld.EKS_CLUSTER, DemoWorld.NODEGROUP)).hasSize(2)
                .allSatisfy(node -> assertThat(node.ready()).isTrue()).extracting(EksNode::instanceType)
                .containsOnly("t3.medium");
    }

    /** EKS draws on its own random stream, so the demo's ECS part (and its EventBridge flows) is as without EKS. */
    @Test
    void theEksPartLeavesTheEcsHistoryAsItWas() {
        Simulator withEks = simulator(EcsFixture.START);
        Simulator ecsOnly = simulator(EcsFixture.START.plus(DemoWorld.HISTORY));

        DemoWorld.populate(withEks);
        DemoWorld.populate(ecsOnly.ecs());
        DemoWorld.addEventBridge(ecsOnly);
        withEks.advanceBy(Duration.ofMinutes(30));
        ecsOnly.advanceBy(Duration.ofMinutes(30));

        assertThat(WorldSnapshot.of(withEks, Scenario.NAMES)).isEqualTo(WorldSnapshot.of(ecsOnly, Scenario.NAMES));
    }
}
