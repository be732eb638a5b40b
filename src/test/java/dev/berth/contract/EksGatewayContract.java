package dev.berth.contract;

import dev.berth.core.gateway.EksGateway;
import dev.berth.core.model.Addon;
import dev.berth.core.model.CreateEksClusterRequest;
import dev.berth.core.model.CreateFargateProfileRequest;
import dev.berth.core.model.CreateNodegroupRequest;
import dev.berth.core.model.EksCluster;
import dev.berth.core.model.EksNode;
import dev.berth.core.model.EksUpdate;
import dev.berth.core.model.FargateProfile;
import dev.berth.core.model.Nodegroup;
import dev.berth.core.model.NodegroupScalingConfig;
import dev.berth.core.model.Page;
import dev.berth.core.model.Taint;
import dev.berth.core.model.UpdateNodegroupConfigRequest;
import dev.berth.core.model.UpdateNodegroupConfigRequest.UpdateLabelsPayload;
import dev.berth.core.model.UpdateNodegroupConfigRequest.UpdateTaintsPayload;
import dev.berth.core.model.VpcConfigRequest;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.DemoWorld;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every EKS backend must do, with AWS's error codes and messages: run by {@link SimEksGatewayTest} against the
 * simulator's own gateway and by {@link AwsEksGatewayTest} against the AWS SDK gateway talking to the simulator's
 * endpoint. Time moves on the simulator behind either. Where a test compares an answer with the simulator's own
 * (read directly, not through the backend), every member has to survive the wire and the SDK's shapes.
 */
abstract class EksGatewayContract {
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final String ACCOUNT = WorldSettings.DEFAULT_ACCOUNT_ID;
    private static final String CLUSTER = "prod";
    private static final String NODEGROUP = "workers";
    private static final String NODE_ROLE = DemoWorld.roleArn(ACCOUNT, DemoWorld.EKS_NODE_ROLE);
    private static final String POD_ROLE = DemoWorld.roleArn(ACCOUNT, "AmazonEKSFargatePodExecutionRole");
    private static final Duration CLUSTER_CREATION = Duration.ofMinutes(10);
    private static final Duration NODEGROUP_CREATION = Duration.ofMinutes(4);

    private Simulator simulator;
    private EksGateway eks;

    /** The gateway under test over {@code simulator}. */
    protected abstract EksGateway backend(Simulator simulator);

    /** Whether the backend knows the nodes' Kubernetes status: AWS's does not, it asks EC2 only. */
    protected abstract boolean knowsNodeStatus();

    @BeforeEach
    void world() {
        simulator = Simulator.create(WorldSettings.of("eks-contract", 8, START), CommandJournal.none());
        eks = backend(simulator);
    }

    @Test
    void aClusterIsCreatingThenActiveWithItsEndpoint() {
        EksCluster created = eks.createCluster(cluster(CLUSTER, "1.34"));

        assertThat(created.status()).isEqualTo("CREATING");
        assertThat(created.arn()).isEqualTo("arn:aws:eks:us-east-1:" + ACCOUNT + ":cluster/" + CLUSTER);
        assertThat(created.endpoint()).isNull();
        assertThat(created.certificateAuthority()).isNull();
        assertThat(created.resourcesVpcConfig().subnetIds()).isEqualTo(DemoWorld.SUBNETS);
        assertThat(created.createdAt()).isEqualTo(START);
        assertThat(created).isEqualTo(simulator.eks().describeCluster(CLUSTER));
        assertThat(eks.listClusters(null, null).items()).containsExactly(CLUSTER);

        simulator.advanceBy(CLUSTER_CREATION);
        EksCluster active = eks.describeCluster(CLUSTER);

        assertThat(active.status()).isEqualTo("ACTIVE");
        assertThat(active.endpoint()).matches("https://[0-9A-F]{32}\\.gr7\\.us-east-1\\.eks\\.amazonaws\\.com");
        assertThat(active.certificateAuthority().data()).isNotBlank();
        assertThat(active.identity().oidc().issuer()).startsWith("https://oidc.eks.us-east-1.amazonaws.com/id/");
        assertThat(active.version()).isEqualTo("1.34");
        assertThat(active.tags()).containsEntry("team", "platform");
        assertThat(active).isEqualTo(simulator.eks().describeCluster(CLUSTER));
    }

    @Test
    void clusterMistakesAreRefusedAsAwsRefusesThem() {
        eks.createCluster(cluster(CLUSTER, null));
        CreateEksClusterRequest oneSubnet = new CreateEksClusterRequest("one", null, cluster("x", null).roleArn(),
                VpcConfigRequest.subnets(List.of(DemoWorld.SUBNETS.get(0))), null);

        assertRefused(() -> eks.createCluster(cluster(CLUSTER, null)), "ResourceInUseException",
                "Cluster already exists with name: prod");
        assertRefused(() -> eks.createCluster(cluster("old", "1.24")), "InvalidParameterException",
                "unsupported Kubernetes version 1.24");
        assertRefused(() -> eks.createCluster(oneSubnet), "InvalidParameterException",
                "Subnets specified must be in at least two different AZs");
        assertRefused(() -> eks.createNodegroup(nodegroup(NODEGROUP, new NodegroupScalingConfig(1, 3, 2))),
                "InvalidRequestException", "Cluster 'prod' is not in ACTIVE status");
        assertRefused(() -> eks.describeCluster("nope"), "ResourceNotFoundException", "No cluster found for name: "
                + "nope.");
        assertRefused(() -> eks.deleteCluster("nope"), "ResourceNotFoundException", "No cluster found for name: "
                + "nope.");
        assertRefused(() -> eks.listNodegroups("nope", null, null), "ResourceNotFoundException",
                "No cluster found for name: nope.");
    }

    @Test
    void clustersArePagedWithAnOpaqueToken() {
        for (String name : List.of("a1", "b2", "c3")) {
            eks.createCluster(cluster(name, null));
        }

        Page<String> first = eks.listClusters(null, 2);
        Page<String> second = eks.listClusters(first.nextToken(), 2);

        assertThat(first.items()).containsExactly("a1", "b2");
        assertThat(first.nextToken()).isNotBlank();
        assertThat(second.items()).containsExactly("c3");
        assertThat(second.nextToken()).isNull();
    }

    @Test
    void aNodeGroupBecomesActiveAndScalesThroughAConfigUpdate() {
        activeCluster();
        Nodegroup created = eks.createNodegroup(nodegroup(NODEGROUP, new NodegroupScalingConfig(1, 5, 2)));

        assertThat(created.status()).isEqualTo("CREATING");
        assertThat(created.nodegroupArn()).startsWith("arn:aws:eks:us-east-1:" + ACCOUNT + ":nodegroup/prod/workers/");
        assertThat(created).isEqualTo(simulator.eks().describeNodegroup(CLUSTER, NODEGROUP));
        assertThat(eks.listNodegroups(CLUSTER, null, null).items()).containsExactly(NODEGROUP);
        simulator.advanceBy(NODEGROUP_CREATION);
        Nodegroup active = eks.describeNodegroup(CLUSTER, NODEGROUP);
        assertThat(active.status()).isEqualTo("ACTIVE");
        assertThat(active.resources().autoScalingGroups()).hasSize(1);
        assertThat(active).isEqualTo(simulator.eks().describeNodegroup(CLUSTER, NODEGROUP));

        EksUpdate update = eks.updateNodegroupConfig(UpdateNodegroupConfigRequest.scaling(CLUSTER, NODEGROUP,
                new NodegroupScalingConfig(null, null, 4)));

        assertThat(update.type()).isEqualTo("ConfigUpdate");
        assertThat(update.status()).isEqualTo("InProgress");
        assertThat(update.params()).containsExactly(new EksUpdate.Param("DesiredSize", "4"));
        assertThat(eks.describeNodegroup(CLUSTER, NODEGROUP).status()).isEqualTo("UPDATING");
        assertRefused(() -> eks.updateNodegroupConfig(UpdateNodegroupConfigRequest.scaling(CLUSTER, NODEGROUP,
                new NodegroupScalingConfig(null, null, 3))), "ResourceInUseException",
                "Nodegroup cannot be updated as it is currently not in Active State");
        simulator.advanceBy(Duration.ofSeconds(90));

        assertThat(eks.describeNodegroup(CLUSTER, NODEGROUP).scalingConfig())
                .isEqualTo(new NodegroupScalingConfig(1, 5, 4));
        assertThat(eks.listUpdates(CLUSTER, NODEGROUP, null, null).items()).containsExactly(update.id());
        EksUpdate done = eks.describeUpdate(CLUSTER, update.id(), NODEGROUP);
        assertThat(done.status()).isEqualTo("Successful");
        assertThat(done).isEqualTo(simulator.eks().describeUpdate(CLUSTER, update.id(), NODEGROUP));
        assertRefused(() -> eks.describeUpdate(CLUSTER, update.id(), null), "ResourceNotFoundException",
                "No update found for ID: " + update.id() + ".");
    }

    @Test
    void aNodeGroupsNodesAreItsInstancesOldestFirst() {
        activeCluster();
        eks.createNodegroup(nodegroup(NODEGROUP, new NodegroupScalingConfig(1, 5, 2)));
        eks.createNodegroup(new CreateNodegroupRequest(CLUSTER, "spot", new NodegroupScalingConfig(1, 2, 1), null,
                DemoWorld.SUBNETS, List.of("m5.large"), null, NODE_ROLE, null, null, "SPOT", null, null));
        simulator.advanceBy(NODEGROUP_CREATION);
        eks.updateNodegroupConfig(UpdateNodegroupConfigRequest.scaling(CLUSTER, NODEGROUP,
                new NodegroupScalingConfig(null, null, 3)));
        simulator.advanceBy(Duration.ofSeconds(10));

        List<EksNode> workers = eks.listNodes(CLUSTER, NODEGROUP);

        assertThat(workers).isEqualTo(asKnown(simulator.eks().listNodes(CLUSTER, NODEGROUP)));
        assertThat(workers).extracting(EksNode::instanceState).containsExactly("running", "running", "pending");
        assertThat(workers).allSatisfy(node -> {
            assertThat(node.nodeName()).matches("ip-192-168-\\d+-\\d+\\.ec2\\.internal");
            assertThat(node.nodegroupName()).isEqualTo(NODEGROUP);
            assertThat(node.capacityType()).isEqualTo("ON_DEMAND");
        });
        assertThat(workers.get(2).launchTime()).isAfter(workers.get(0).launchTime());
        assertThat(eks.listNodes(CLUSTER, "spot")).singleElement()
                .satisfies(node -> assertThat(node.capacityType()).isEqualTo("SPOT"))
                .isEqualTo(asKnown(simulator.eks().listNodes(CLUSTER, "spot")).get(0));
    }

    /** The simulator's nodes as the backend knows them. */
    private List<EksNode> asKnown(List<EksNode> nodes) {
        return knowsNodeStatus() ? nodes : nodes.stream().map(node -> new EksNode(node.instanceId(), node.nodeName(),
                node.nodegroupName(), node.instanceType(), node.capacityType(), node.availabilityZone(),
                node.launchTime(), node.instanceState(), null)).toList();
    }

    @Test
    void nodeGroupMistakesAreRefusedAsAwsRefusesThem() {
        activeCluster();

        assertRefused(() -> eks.createNodegroup(nodegroup("a", new NodegroupScalingConfig(3, 5, 2))),
                "InvalidParameterException", "minSize can't be greater than desiredSize");
        assertRefused(() -> eks.createNodegroup(nodegroup("b", new NodegroupScalingConfig(1, 2, 3))),
                "InvalidParameterException", "desiredSize can't be greater than maxSize");
        assertRefused(() -> eks.createNodegroup(nodegroup("d", new NodegroupScalingConfig(1, 500, 1))),
                "ResourceLimitExceededException",
                "maxSize can't be greater than 450, the quota of nodes per managed node group");
        eks.createNodegroup(nodegroup(NODEGROUP, new NodegroupScalingConfig(1, 3, 2)));
        assertRefused(() -> eks.createNodegroup(nodegroup(NODEGROUP, new NodegroupScalingConfig(1, 3, 2))),
                "ResourceInUseException", "NodeGroup already exists with name workers and cluster name prod");
        assertRefused(() -> eks.describeNodegroup(CLUSTER, "ng1"), "ResourceNotFoundException",
                "No node group found for name: ng1.");
        simulator.advanceBy(NODEGROUP_CREATION);
        assertRefused(() -> eks.updateNodegroupConfig(UpdateNodegroupConfigRequest.scaling(CLUSTER, NODEGROUP,
                new NodegroupScalingConfig(3, null, null))), "InvalidParameterException",
                "Minimum capacity 3 can't be greater than desired size 2");
    }

    @Test
    void labelsAndTaintsAreAddedAndRemoved() {
        activeCluster();
        eks.createNodegroup(nodegroup(NODEGROUP, new NodegroupScalingConfig(1, 3, 1)));
        simulator.advanceBy(NODEGROUP_CREATION);
        Taint gpu = new Taint("gpu", "true", "NO_SCHEDULE");

        EksUpdate added = eks.updateNodegroupConfig(new UpdateNodegroupConfigRequest(CLUSTER, NODEGROUP,
                new UpdateLabelsPayload(Map.of("team", "web"), null), new UpdateTaintsPayload(List.of(gpu), null),
                null));
        simulator.advanceBy(Duration.ofSeconds(90));

        assertThat(added.params()).extracting(EksUpdate.Param::type).containsExactly("LabelsToAdd", "TaintsToAdd");
        Nodegroup labelled = eks.describeNodegroup(CLUSTER, NODEGROUP);
        assertThat(labelled.labels()).containsEntry("team", "web");
        assertThat(labelled.taints()).containsExactly(gpu);

        eks.updateNodegroupConfig(new UpdateNodegroupConfigRequest(CLUSTER, NODEGROUP,
                new UpdateLabelsPayload(null, List.of("team")), new UpdateTaintsPayload(null, List.of(gpu)), null));
        Nodegroup cleared = eks.describeNodegroup(CLUSTER, NODEGROUP);
        assertThat(cleared.labels()).doesNotContainKey("team");
        assertThat(cleared.taints()).isEmpty();
    }

    @Test
    void theClusterAndThenItsNodeGroupMoveUpAKubernetesVersion() {
        activeCluster();
        eks.createNodegroup(nodegroup(NODEGROUP, new NodegroupScalingConfig(1, 3, 1)));
        simulator.advanceBy(NODEGROUP_CREATION);

        assertRefused(() -> eks.updateClusterVersion(CLUSTER, "1.36"), "InvalidParameterException",
                "Unsupported Kubernetes minor version update from 1.34 to 1.36");
        EksUpdate clusterUpdate = eks.updateClusterVersion(CLUSTER, "1.35");

        assertThat(clusterUpdate.type()).isEqualTo("VersionUpdate");
        assertThat(clusterUpdate.params()).contains(new EksUpdate.Param("Version", "1.35"));
        assertThat(eks.describeCluster(CLUSTER).status()).isEqualTo("UPDATING");
        assertThat(eks.listUpdates(CLUSTER, null, null, null).items()).containsExactly(clusterUpdate.id());
        simulator.advanceBy(Duration.ofSeconds(1500));
        assertThat(eks.describeUpdate(CLUSTER, clusterUpdate.id(), null).status()).isEqualTo("Successful");
        assertThat(eks.describeCluster(CLUSTER).version()).isEqualTo("1.35");
        assertRefused(() -> eks.updateClusterVersion(CLUSTER, "1.36"), "InvalidRequestException",
                "Nodegroup(s) workers must be updated to match the cluster version 1.35 before updating the "
                        + "cluster.");

        EksUpdate nodegroupUpdate = eks.updateNodegroupVersion(CLUSTER, NODEGROUP, null);
        simulator.advanceBy(Duration.ofMinutes(4));

        assertThat(nodegroupUpdate.params()).contains(new EksUpdate.Param("Version", "1.35"));
        assertThat(eks.describeUpdate(CLUSTER, nodegroupUpdate.id(), NODEGROUP).status()).isEqualTo("Successful");
        assertThat(eks.describeNodegroup(CLUSTER, NODEGROUP).version()).isEqualTo("1.35");
    }

    @Test
    void aClusterIsDeletedOnlyOnceItsNodeGroupsAreGone() {
        activeCluster();
        eks.createNodegroup(nodegroup(NODEGROUP, new NodegroupScalingConfig(1, 3, 1)));
        simulator.advanceBy(NODEGROUP_CREATION);

        assertRefused(() -> eks.deleteCluster(CLUSTER), "ResourceInUseException", "Cluster has nodegroups attached");
        assertThat(eks.deleteNodegroup(CLUSTER, NODEGROUP).status()).isEqualTo("DELETING");
        simulator.advanceBy(Duration.ofMinutes(5));
        assertRefused(() -> eks.describeNodegroup(CLUSTER, NODEGROUP), "ResourceNotFoundException",
                "No node group found for name: workers.");

        EksCluster deleting = eks.deleteCluster(CLUSTER);
        simulator.advanceBy(Duration.ofMinutes(5));

        assertThat(deleting.status()).isEqualTo("DELETING");
        assertRefused(() -> eks.describeCluster(CLUSTER), "ResourceNotFoundException",
                "No cluster found for name: prod.");
        assertThat(eks.listClusters(null, null).items()).isEmpty();
    }

    @Test
    void aFargateProfileNeedsASelectorAndIsCreatedAndDeletedOneAtATime() {
        activeCluster();

        assertRefused(() -> eks.createFargateProfile(profile("fp", List.of())), "InvalidParameterException",
                "Fargate Profile requires at least one selector.");
        FargateProfile created = eks.createFargateProfile(profile("fp", List.of(
                new FargateProfile.Selector("default", Map.of("app", "web")))));

        assertThat(created.status()).isEqualTo("CREATING");
        assertThat(created.subnets()).isEqualTo(DemoWorld.SUBNETS);
        assertThat(created).isEqualTo(simulator.eks().describeFargateProfile(CLUSTER, "fp"));
        assertRefused(() -> eks.createFargateProfile(profile("other", List.of(
                new FargateProfile.Selector("kube-system", null)))), "ResourceInUseException",
                "Cannot create or delete a Fargate Profile while Fargate Profile fp is in CREATING status");
        simulator.advanceBy(Duration.ofSeconds(150));
        assertThat(eks.describeFargateProfile(CLUSTER, "fp").status()).isEqualTo("ACTIVE");
        assertThat(eks.listFargateProfiles(CLUSTER, null, null).items()).containsExactly("fp");
        assertRefused(() -> eks.deleteCluster(CLUSTER), "ResourceInUseException",
                "Cluster has fargate profiles attached");

        assertThat(eks.deleteFargateProfile(CLUSTER, "fp").status()).isEqualTo("DELETING");
        simulator.advanceBy(Duration.ofSeconds(150));
        assertRefused(() -> eks.describeFargateProfile(CLUSTER, "fp"), "ResourceNotFoundException",
                "No Fargate Profile found with name: fp.");
    }

    @Test
    void addOnsAreInstalledListedAndDescribed() {
        activeCluster();

        Addon proxy = eks.createAddon(CLUSTER, "kube-proxy", null);
        eks.createAddon(CLUSTER, "vpc-cni", null);
        simulator.advanceBy(Duration.ofMinutes(1));

        assertThat(proxy.addonVersion()).startsWith("v1.34.");
        assertThat(eks.listAddons(CLUSTER, null, null).items()).containsExactly("kube-proxy", "vpc-cni");
        Addon cni = eks.describeAddon(CLUSTER, "vpc-cni");
        assertThat(cni.status()).isEqualTo("ACTIVE");
        assertThat(cni).isEqualTo(simulator.eks().describeAddon(CLUSTER, "vpc-cni"));
        assertRefused(() -> eks.createAddon(CLUSTER, "vpc-cni", null), "ResourceInUseException",
                "Addon already exists.");
        assertRefused(() -> eks.describeAddon(CLUSTER, "coredns"), "ResourceNotFoundException",
                "No addon: coredns found in cluster.");
    }

    private void activeCluster() {
        eks.createCluster(cluster(CLUSTER, "1.34"));
        simulator.advanceBy(CLUSTER_CREATION);
    }

    private static CreateEksClusterRequest cluster(String name, String version) {
        return new CreateEksClusterRequest(name, version, DemoWorld.roleArn(ACCOUNT, DemoWorld.EKS_CLUSTER_ROLE),
                VpcConfigRequest.subnets(DemoWorld.SUBNETS), Map.of("team", "platform"));
    }

    private static CreateNodegroupRequest nodegroup(String name, NodegroupScalingConfig scaling) {
        return new CreateNodegroupRequest(CLUSTER, name, scaling, null, DemoWorld.SUBNETS, null, null, NODE_ROLE,
                Map.of("tier", "app"), null, null, null, Map.of("team", "platform"));
    }

    private static CreateFargateProfileRequest profile(String name, List<FargateProfile.Selector> selectors) {
        return new CreateFargateProfileRequest(name, CLUSTER, POD_ROLE, null, selectors, null);
    }
}
