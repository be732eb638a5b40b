package dev.berth.sim.eks;

import dev.berth.core.model.CreateNodegroupRequest;
import dev.berth.core.model.EksNode;
import dev.berth.core.model.EksUpdate;
import dev.berth.core.model.Nodegroup;
import dev.berth.core.model.NodegroupScalingConfig;
import dev.berth.core.model.Taint;
import dev.berth.core.model.UpdateNodegroupConfigRequest;
import dev.berth.core.model.UpdateNodegroupConfigRequest.UpdateLabelsPayload;
import dev.berth.core.model.UpdateNodegroupConfigRequest.UpdateTaintsPayload;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.berth.sim.eks.EksFixture.CLUSTER;
import static dev.berth.sim.eks.EksFixture.NODEGROUP;
import static dev.berth.sim.eks.EksFixture.assertRefused;
import static dev.berth.sim.eks.EksFixture.nodegroupRequest;
import static org.assertj.core.api.Assertions.assertThat;

class NodegroupRulesTest {
    private final EksFixture world = new EksFixture(11).withActiveCluster(null);

    @Test
    void aNodeGroupTakesAwsDefaultsAndIsActiveWithReadyNodesAfterFourMinutes() {
        Nodegroup created = world.eks.createNodegroup(nodegroupRequest(NODEGROUP, null, null));

        assertThat(created.status()).isEqualTo("CREATING");
        assertThat(created.instanceTypes()).containsExactly("t3.medium");
        assertThat(created.capacityType()).isEqualTo("ON_DEMAND");
        assertThat(created.diskSize()).isEqualTo(20);
        assertThat(created.amiType()).isEqualTo("AL2023_x86_64_STANDARD");
        assertThat(created.version()).isEqualTo(KubernetesVersions.DEFAULT);
        assertThat(created.scalingConfig()).isEqualTo(new NodegroupScalingConfig(2, 2, 2));
        assertThat(created.nodegroupArn()).startsWith("arn:aws:eks:us-east-1:123456789012:nodegroup/DemoEKS/"
                + "DemoNodeGroup/");
        assertThat(created.resources().autoScalingGroups().get(0).name()).startsWith("eks-DemoNodeGroup-");
        assertThat(world.nodes()).isEmpty();

        world.advance(Duration.ofSeconds(90));
        assertThat(world.nodes()).hasSize(2).allSatisfy(node -> {
            assertThat(node.instanceId()).matches("i-0[0-9a-f]{16}");
            assertThat(node.instanceType()).isEqualTo("t3.medium");
            assertThat(node.status()).isEqualTo("NotReady");
        });
        assertThat(world.nodes()).extracting(EksNode::availabilityZone).doesNotHaveDuplicates();

        world.advance(Duration.ofSeconds(149));
        assertThat(world.nodegroupStatus()).isEqualTo("CREATING");
        world.advance(Duration.ofSeconds(1));
        assertThat(world.nodegroupStatus()).isEqualTo("ACTIVE");
        assertThat(world.readyNodes()).isEqualTo(2);
    }

    @Test
    void invalidScalingConfigsAreRefusedWithAwsMessages() {
        assertRefused(() -> world.eks.createNodegroup(nodegroupRequest("a", new NodegroupScalingConfig(3, 5, 2),
                null)), "InvalidParameterException", "minSize can't be greater than desiredSize");
        assertRefused(() -> world.eks.createNodegroup(nodegroupRequest("b", new NodegroupScalingConfig(1, 2, 3),
                null)), "InvalidParameterException", "desiredSize can't be greater than maxSize");
        assertRefused(() -> world.eks.createNodegroup(nodegroupRequest("c", new NodegroupScalingConfig(0, 0, 0),
                null)), "InvalidParameterException", "maxSize can't be less than 1");
        assertRefused(() -> world.eks.createNodegroup(nodegroupRequest("d", new NodegroupScalingConfig(1, 500, 1),
                null)), "ResourceLimitExceededException",
                "maxSize can't be greater than 450, the quota of nodes per managed node group");
        world.withActiveNodegroup(2, null);

        assertRefused(() -> world.eks.updateNodegroupConfig(UpdateNodegroupConfigRequest.scaling(CLUSTER, NODEGROUP,
                new NodegroupScalingConfig(3, null, null))), "InvalidParameterException",
                "Minimum capacity 3 can't be greater than desired size 2");
        assertThat(world.eks.listNodegroups(CLUSTER, null, null).items()).containsExactly(NODEGROUP);
        assertThat(world.eks.listUpdates(CLUSTER, NODEGROUP, null, null).items()).isEmpty();
    }

    @Test
    void namesAreUniqueInTheClusterAndUnknownOnesAreNotFound() {
        world.withActiveNodegroup(1, null);

        assertRefused(() -> world.eks.createNodegroup(nodegroupRequest(NODEGROUP, null, null)),
                "ResourceInUseException", "NodeGroup already exists with name DemoNodeGroup and cluster name DemoEKS");
        assertRefused(() -> world.eks.describeNodegroup(CLUSTER, "ng1"), "ResourceNotFoundException",
                "No node group found for name: ng1.");
    }

    @Test
    void unknownInstanceTypesAndAl2OnNewKubernetesAreRefused() {
        var unknownType = new CreateNodegroupRequest(CLUSTER, "x", null, null,
                List.of("subnet-0a1b2c3d4e5f60718"), List.of("t3.huge"), null, EksFixture.NODE_ROLE, null, null,
                null, null, null);
        assertRefused(() -> world.eks.createNodegroup(unknownType), "InvalidParameterException",
                "The following supplied instance types do not exist: [t3.huge]");
        var al2 = new CreateNodegroupRequest(CLUSTER, "x", null, null,
                List.of("subnet-0a1b2c3d4e5f60718"), null, "AL2_x86_64", EksFixture.NODE_ROLE, null, null, null,
                null, null);
        assertRefused(() -> world.eks.createNodegroup(al2), "InvalidParameterException",
                "AMI Type AL2_x86_64 is only supported for kubernetes versions 1.32 or earlier");
    }

    @Test
    void scalingUpIsAConfigUpdateAndTheNewNodesJoin() {
        world.withActiveNodegroup(2, null);
        List<String> before = world.nodes().stream().map(EksNode::instanceId).toList();

        EksUpdate update = world.eks.updateNodegroupConfig(UpdateNodegroupConfigRequest.scaling(CLUSTER, NODEGROUP,
                new NodegroupScalingConfig(null, null, 4)));

        assertThat(update.type()).isEqualTo("ConfigUpdate");
        assertThat(update.params()).containsExactly(new EksUpdate.Param("DesiredSize", "4"));
        assertThat(world.nodegroupStatus()).isEqualTo("UPDATING");
        assertRefused(() -> world.eks.updateNodegroupConfig(UpdateNodegroupConfigRequest.scaling(CLUSTER,
                NODEGROUP, new NodegroupScalingConfig(null, null, 3))), "ResourceInUseException",
                "Nodegroup cannot be updated as it is currently not in Active State");
        assertThat(world.nodes()).hasSize(4);
        assertThat(world.readyNodes()).isEqualTo(2);

        world.advance(Duration.ofSeconds(90));
        assertThat(world.nodegroupStatus()).isEqualTo("ACTIVE");
        assertThat(world.eks.describeUpdate(CLUSTER, update.id(), NODEGROUP).status()).isEqualTo("Successful");
        world.advance(Duration.ofSeconds(30));
        assertThat(world.readyNodes()).isEqualTo(4);
        assertThat(world.nodes()).extracting(EksNode::instanceId).containsAll(before);
        assertRefused(() -> world.eks.describeUpdate(CLUSTER, update.id(), null), "ResourceNotFoundException",
                "No update found for ID: " + update.id() + ".");
    }

    @Test
    void scalingDownDrainsTheNewestNodesUntilTheyAreGone() {
        world.withActiveNodegroup(3, null);
        String oldest = world.nodes().get(0).instanceId();

        world.eks.updateNodegroupConfig(UpdateNodegroupConfigRequest.scaling(CLUSTER, NODEGROUP,
                new NodegroupScalingConfig(null, null, 1)));

        assertThat(world.nodes()).extracting(EksNode::status)
                .containsExactly("Ready", "Ready,SchedulingDisabled", "Ready,SchedulingDisabled");
        world.advance(Duration.ofSeconds(60));
        assertThat(world.nodes()).extracting(EksNode::instanceState)
                .containsExactly("running", "shutting-down", "shutting-down");
        world.advance(Duration.ofSeconds(30));
        assertThat(world.nodes()).extracting(EksNode::instanceId).containsExactly(oldest);
    }

    @Test
    void labelsAndTaintsAreAddedAndRemoved() {
        world.withActiveNodegroup(1, null);
        Taint gpu = new Taint("gpu", "true", "NO_SCHEDULE");

        EksUpdate update = world.eks.updateNodegroupConfig(new UpdateNodegroupConfigRequest(CLUSTER, NODEGROUP,
                new UpdateLabelsPayload(Map.of("team", "web"), null), new UpdateTaintsPayload(List.of(gpu), null),
                null));
        world.advance(Duration.ofSeconds(90));

        assertThat(update.params()).extracting(EksUpdate.Param::type).containsExactly("LabelsToAdd", "TaintsToAdd");
        Nodegroup group = world.eks.describeNodegroup(CLUSTER, NODEGROUP);
        assertThat(group.labels()).containsEntry("team", "web");
        assertThat(group.taints()).containsExactly(gpu);

        world.eks.updateNodegroupConfig(new UpdateNodegroupConfigRequest(CLUSTER, NODEGROUP,
                new UpdateLabelsPayload(null, List.of("team")), new UpdateTaintsPayload(null, List.of(gpu)), null));
        group = world.eks.describeNodegroup(CLUSTER, NODEGROUP);
        assertThat(group.labels()).isEmpty();
        assertThat(group.taints()).isEmpty();
        assertRefused(() -> world.eks.updateNodegroupConfig(new UpdateNodegroupConfigRequest(CLUSTER, NODEGROUP,
                new UpdateLabelsPayload(Map.of("a", "b"), List.of("a")), null, null)), "ResourceInUseException",
                "Nodegroup cannot be updated as it is currently not in Active State");
    }

    @Test
    void aVersionUpdateReplacesEveryNodeOneAtATime() {
        EksFixture old = new EksFixture(12).withActiveCluster("1.34").withActiveNodegroup(2, null);
        old.eks.updateClusterVersion(CLUSTER, "1.35");
        old.advance(Duration.ofSeconds(1500));
        List<String> before = old.nodes().stream().map(EksNode::instanceId).toList();

        EksUpdate update = old.eks.updateNodegroupVersion(CLUSTER, NODEGROUP, null);

        assertThat(update.params()).contains(new EksUpdate.Param("Version", "1.35"));
        old.advance(Duration.ofSeconds(120));
        assertThat(old.nodes()).extracting(EksNode::instanceId).doesNotContain(before.get(0)).contains(before.get(1));
        old.advance(Duration.ofSeconds(120));
        assertThat(old.eks.describeUpdate(CLUSTER, update.id(), NODEGROUP).status()).isEqualTo("Successful");
        Nodegroup group = old.eks.describeNodegroup(CLUSTER, NODEGROUP);
        assertThat(group.status()).isEqualTo("ACTIVE");
        assertThat(group.version()).isEqualTo("1.35");
        assertThat(group.releaseVersion()).startsWith("1.35.");
        old.advance(Duration.ofMinutes(2));
        assertThat(old.nodes()).hasSize(2).extracting(EksNode::instanceId).doesNotContainAnyElementsOf(before);
        assertThat(old.readyNodes()).isEqualTo(2);
    }

    @Test
    void aDeletedNodeGroupDrainsItsNodesAndIsGoneAfterFiveMinutes() {
        world.withActiveNodegroup(2, null);

        assertThat(world.eks.deleteNodegroup(CLUSTER, NODEGROUP).status()).isEqualTo("DELETING");
        world.advance(Duration.ofSeconds(90));
        assertThat(world.nodes()).isEmpty();
        world.advance(Duration.ofSeconds(210));

        assertRefused(() -> world.eks.describeNodegroup(CLUSTER, NODEGROUP), "ResourceNotFoundException",
                "No node group found for name: DemoNodeGroup.");
    }
}
