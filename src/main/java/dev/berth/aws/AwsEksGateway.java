package dev.berth.aws;

import dev.berth.core.gateway.EksGateway;
import dev.berth.core.gateway.Ec2Gateway;
import dev.berth.core.model.Addon;
import dev.berth.core.model.CreateEksClusterRequest;
import dev.berth.core.model.CreateFargateProfileRequest;
import dev.berth.core.model.CreateNodegroupRequest;
import dev.berth.core.model.Ec2Filter;
import dev.berth.core.model.Ec2Instance;
import dev.berth.core.model.EksCluster;
import dev.berth.core.model.EksNode;
import dev.berth.core.model.EksUpdate;
import dev.berth.core.model.FargateProfile;
import dev.berth.core.model.Nodegroup;
import dev.berth.core.model.Page;
import dev.berth.core.model.UpdateNodegroupConfigRequest;
import software.amazon.awssdk.services.eks.EksClient;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Amazon EKS through the SDK's {@link EksClient}: one SDK call per method (the nodes of a node group: EC2's
 * DescribeInstances, page by page), SDK failures translated by {@link SdkFailures}, writes refused by the
 * {@link WriteGuard} while the connection is read-only.
 */
public final class AwsEksGateway implements EksGateway {
    /** DescribeInstances' largest page. */
    static final int MAX_INSTANCES_PER_PAGE = 1000;
    /** Instance states of a node group's nodes: a terminated instance stays listed by EC2 for a while. */
    private static final List<String> NODE_STATES = List.of("pending", "running", "shutting-down");

    private final EksClient eks;
    private final Ec2Gateway ec2;
    private final SdkCalls calls;

    AwsEksGateway(EksClient eks, Ec2Gateway ec2, SdkFailures failures, WriteGuard writes) {
        this.eks = eks;
        this.ec2 = ec2;
        this.calls = new SdkCalls("eks", failures, writes);
    }

    @Override
    public EksCluster createCluster(CreateEksClusterRequest request) {
        return calls.write("CreateCluster", () -> EksShapes.cluster(
                eks.createCluster(EksShapes.createCluster(request)).cluster()));
    }

    @Override
    public EksCluster describeCluster(String name) {
        return calls.read("DescribeCluster", () -> EksShapes.cluster(
                eks.describeCluster(r -> r.name(name)).cluster()));
    }

    @Override
    public Page<String> listClusters(String nextToken, Integer maxResults) {
        return calls.read("ListClusters", () -> {
            var answer = eks.listClusters(r -> r.nextToken(nextToken).maxResults(maxResults));
            return new Page<>(answer.clusters(), answer.nextToken());
        });
    }

    @Override
    public EksCluster deleteCluster(String name) {
        return calls.write("DeleteCluster", () -> EksShapes.cluster(eks.deleteCluster(r -> r.name(name)).cluster()));
    }

    @Override
    public EksUpdate updateClusterVersion(String name, String version) {
        return calls.write("UpdateClusterVersion", () -> EksShapes.update(
                eks.updateClusterVersion(r -> r.name(name).version(version)).update()));
    }

    @Override
    public EksUpdate describeUpdate(String name, String updateId, String nodegroupName) {
        return calls.read("DescribeUpdate", () -> EksShapes.update(
                eks.describeUpdate(r -> r.name(name).updateId(updateId).nodegroupName(nodegroupName)).update()));
    }

    @Override
    public Page<String> listUpdates(String name, String nodegroupName, String nextToken, Integer maxResults) {
        return calls.read("ListUpdates", () -> {
            var answer = eks.listUpdates(r -> r.name(name).nodegroupName(nodegroupName).nextToken(nextToken)
                    .maxResults(maxResults));
            return new Page<>(answer.updateIds(), answer.nextToken());
        });
    }

    @Override
    public Nodegroup createNodegroup(CreateNodegroupRequest request) {
        return calls.write("CreateNodegroup", () -> EksShapes.nodegroup(
                eks.createNodegroup(EksShapes.createNodegroup(request)).nodegroup()));
    }

    @Override
    public Nodegroup describeNodegroup(String clusterName, String nodegroupName) {
        return calls.read("DescribeNodegroup", () -> EksShapes.nodegroup(
                eks.describeNodegroup(r -> r.clusterName(clusterName).nodegroupName(nodegroupName)).nodegroup()));
    }

    @Override
    public Page<String> listNodegroups(String clusterName, String nextToken, Integer maxResults) {
        return calls.read("ListNodegroups", () -> {
            var answer = eks.listNodegroups(r -> r.clusterName(clusterName).nextToken(nextToken)
                    .maxResults(maxResults));
            return new Page<>(answer.nodegroups(), answer.nextToken());
        });
    }

    @Override
    public EksUpdate updateNodegroupConfig(UpdateNodegroupConfigRequest request) {
        return calls.write("UpdateNodegroupConfig", () -> EksShapes.update(
                eks.updateNodegroupConfig(EksShapes.updateNodegroupConfig(request)).update()));
    }

    @Override
    public EksUpdate updateNodegroupVersion(String clusterName, String nodegroupName, String version) {
        return calls.write("UpdateNodegroupVersion", () -> EksShapes.update(eks.updateNodegroupVersion(r -> r
                .clusterName(clusterName).nodegroupName(nodegroupName).version(version)).update()));
    }

    @Override
    public Nodegroup deleteNodegroup(String clusterName, String nodegroupName) {
        return calls.write("DeleteNodegroup", () -> EksShapes.nodegroup(
                eks.deleteNodegroup(r -> r.clusterName(clusterName).nodegroupName(nodegroupName)).nodegroup()));
    }

    @Override
    public FargateProfile createFargateProfile(CreateFargateProfileRequest request) {
        return calls.write("CreateFargateProfile", () -> EksShapes.fargateProfile(
                eks.createFargateProfile(EksShapes.createFargateProfile(request)).fargateProfile()));
    }

    @Override
    public FargateProfile describeFargateProfile(String clusterName, String fargateProfileName) {
        return calls.read("DescribeFargateProfile", () -> EksShapes.fargateProfile(eks.describeFargateProfile(r -> r
                .clusterName(clusterName).fargateProfileName(fargateProfileName)).fargateProfile()));
    }

    @Override
    public Page<String> listFargateProfiles(String clusterName, String nextToken, Integer maxResults) {
        return calls.read("ListFargateProfiles", () -> {
            var answer = eks.listFargateProfiles(r -> r.clusterName(clusterName).nextToken(nextToken)
                    .maxResults(maxResults));
            return new Page<>(answer.fargateProfileNames(), answer.nextToken());
        });
    }

    @Override
    public FargateProfile deleteFargateProfile(String clusterName, String fargateProfileName) {
        return calls.write("DeleteFargateProfile", () -> EksShapes.fargateProfile(eks.deleteFargateProfile(r -> r
                .clusterName(clusterName).fargateProfileName(fargateProfileName)).fargateProfile()));
    }

    @Override
    public Addon createAddon(String clusterName, String addonName, String addonVersion) {
        return calls.write("CreateAddon", () -> EksShapes.addon(eks.createAddon(r -> r.clusterName(clusterName)
                .addonName(addonName).addonVersion(addonVersion)).addon()));
    }

    @Override
    public Addon describeAddon(String clusterName, String addonName) {
        return calls.read("DescribeAddon", () -> EksShapes.addon(
                eks.describeAddon(r -> r.clusterName(clusterName).addonName(addonName)).addon()));
    }

    @Override
    public Page<String> listAddons(String clusterName, String nextToken, Integer maxResults) {
        return calls.read("ListAddons", () -> {
            var answer = eks.listAddons(r -> r.clusterName(clusterName).nextToken(nextToken).maxResults(maxResults));
            return new Page<>(answer.addons(), answer.nextToken());
        });
    }

    /**
     * EKS has no such operation: the nodes are EC2 instances EKS tags with the cluster's and node group's names, read
     * with DescribeInstances at {@value #MAX_INSTANCES_PER_PAGE} a page. Their Kubernetes status takes the Kubernetes
     * API, which Berth does not call, so it stays unknown; a cluster or node group that does not exist has no nodes.
     */
    @Override
    public List<EksNode> listNodes(String clusterName, String nodegroupName) {
        List<Ec2Filter> filters = List.of(Ec2Filter.of("tag:" + EksNode.CLUSTER_NAME_TAG, clusterName),
                Ec2Filter.of("tag:" + EksNode.NODEGROUP_NAME_TAG, nodegroupName),
                new Ec2Filter("instance-state-name", NODE_STATES));
        List<EksNode> nodes = new ArrayList<>();
        String nextToken = null;
        do {
            Page<Ec2Instance> page = ec2.describeInstances(filters, nextToken, MAX_INSTANCES_PER_PAGE);
            page.items().forEach(instance -> nodes.add(EksNode.ofInstance(instance)));
            nextToken = page.nextToken();
        } while (nextToken != null);
        // Oldest first; the sort is stable, so instances launched together keep EC2's order.
        nodes.sort(Comparator.comparing(EksNode::launchTime, Comparator.nullsLast(Comparator.naturalOrder())));
        return nodes;
    }
}
