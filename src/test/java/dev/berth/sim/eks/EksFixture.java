package dev.berth.sim.eks;

import dev.berth.core.gateway.EksGateway;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.CreateEksClusterRequest;
import dev.berth.core.model.CreateNodegroupRequest;
import dev.berth.core.model.EksNode;
import dev.berth.core.model.NodegroupScalingConfig;
import dev.berth.core.model.VpcConfigRequest;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.DemoWorld;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A simulator with the lab's EKS cluster, and the calls EKS tests start from. */
final class EksFixture {
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    static final String CLUSTER = DemoWorld.EKS_CLUSTER;
    static final String NODEGROUP = DemoWorld.NODEGROUP;
    static final String NODE_ROLE = DemoWorld.roleArn(WorldSettings.DEFAULT_ACCOUNT_ID, DemoWorld.EKS_NODE_ROLE);

    final Simulator simulator;
    final EksGateway eks;

    EksFixture(long seed) {
        this(seed, CommandJournal.none());
    }

    EksFixture(long seed, CommandJournal journal) {
        simulator = Simulator.create(WorldSettings.of("eks-test", seed, START), journal);
        eks = simulator.eks();
    }

    /** DemoEKS in the given version (null: the default), created and ACTIVE ten minutes later. */
    EksFixture withActiveCluster(String version) {
        eks.createCluster(clusterRequest(CLUSTER, version));
        advance(Duration.ofMinutes(10));
        return this;
    }

    static CreateEksClusterRequest clusterRequest(String name, String version) {
        return new CreateEksClusterRequest(name, version,
                DemoWorld.roleArn(WorldSettings.DEFAULT_ACCOUNT_ID, DemoWorld.EKS_CLUSTER_ROLE),
                VpcConfigRequest.subnets(DemoWorld.SUBNETS), Map.of());
    }

    static CreateNodegroupRequest nodegroupRequest(String name, NodegroupScalingConfig scaling, String capacityType) {
        return new CreateNodegroupRequest(CLUSTER, name, scaling, null, DemoWorld.SUBNETS, null, null, NODE_ROLE,
                null, null, capacityType, null, null);
    }

    /** The lab's node group with {@code desired} nodes, ACTIVE with all of them Ready. */
    EksFixture withActiveNodegroup(int desired, String capacityType) {
        eks.createNodegroup(nodegroupRequest(NODEGROUP, new NodegroupScalingConfig(0, 10, desired), capacityType));
        advance(Duration.ofMinutes(4));
        return this;
    }

    void advance(Duration amount) {
        simulator.advanceBy(amount);
    }

    List<EksNode> nodes() {
        return eks.listNodes(CLUSTER, NODEGROUP);
    }

    long readyNodes() {
        return nodes().stream().filter(EksNode::ready).count();
    }

    String nodegroupStatus() {
        return eks.describeNodegroup(CLUSTER, NODEGROUP).status();
    }

    static void assertRefused(ThrowingCallable call, String errorCode, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(GatewayException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(errorCode);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }
}
