package dev.berth.sim.eks;

import dev.berth.core.model.Addon;
import dev.berth.core.model.CreateEksClusterRequest;
import dev.berth.core.model.CreateFargateProfileRequest;
import dev.berth.core.model.CreateNodegroupRequest;
import dev.berth.core.model.Ec2Instance;
import dev.berth.core.model.EksCluster;
import dev.berth.core.model.EksNode;
import dev.berth.core.model.EksUpdate;
import dev.berth.core.model.FargateProfile;
import dev.berth.core.model.Nodegroup;
import dev.berth.core.model.Page;
import dev.berth.core.model.SpotInterruption;
import dev.berth.core.model.UpdateNodegroupConfigRequest;
import dev.berth.sim.SimContext;
import dev.berth.sim.SimRandom;
import dev.berth.sim.ecs.Subnets;

import java.util.List;

/**
 * The simulated EKS of one world: clusters, managed node groups and their EC2 nodes, updates, Fargate profiles
 * and add-ons, on the world's virtual time. It draws on its own random stream, derived from the world's seed, so
 * EKS activity never shifts the ECS history of the same world. Mutating operations are reached through
 * {@link EksCommand}s so they are journaled; reads may be called directly.
 */
public final class EksWorld {
    /** Mixed into the world's seed for EKS's own stream ("EKS" in ASCII). */
    private static final long STREAM = 0x454B53L;

    private final EksClusters clusters;
    private final Nodegroups nodegroups;
    private final FargateProfiles fargateProfiles;
    private final Addons addons;

    public EksWorld(SimContext context) {
        SimRandom random = new SimRandom(context.settings().seed() ^ STREAM);
        EksArns arns = new EksArns(context.settings().region(), context.settings().accountId());
        this.clusters = new EksClusters(context, random, arns);
        NodeFleet fleet = new NodeFleet(context, random, new Subnets(context.settings().region()));
        this.nodegroups = new Nodegroups(context, random, arns, clusters, fleet);
        this.fargateProfiles = new FargateProfiles(context, random, arns, clusters);
        this.addons = new Addons(context, random, arns, clusters);
    }

    public EksCluster createCluster(CreateEksClusterRequest request) {
        return clusters.create(request);
    }

    public EksCluster describeCluster(String name) {
        return clusters.describe(name);
    }

    public Page<String> listClusters(String nextToken, Integer maxResults) {
        return clusters.list(nextToken, maxResults);
    }

    public EksCluster deleteCluster(String name) {
        return clusters.delete(name);
    }

    public EksUpdate updateClusterVersion(String name, String version) {
        return clusters.updateVersion(name, version);
    }

    public EksUpdate describeUpdate(String name, String updateId, String nodegroupName) {
        return clusters.describeUpdate(name, updateId, nodegroupName);
    }

    public Page<String> listUpdates(String name, String nodegroupName, String nextToken, Integer maxResults) {
        return clusters.listUpdates(name, nodegroupName, nextToken, maxResults);
    }

    public Nodegroup createNodegroup(CreateNodegroupRequest request) {
        return nodegroups.create(request);
    }

    public Nodegroup describeNodegroup(String clusterName, String nodegroupName) {
        return nodegroups.describe(clusterName, nodegroupName);
    }

    public Page<String> listNodegroups(String clusterName, String nextToken, Integer maxResults) {
        return nodegroups.list(clusterName, nextToken, maxResults);
    }

    public EksUpdate updateNodegroupConfig(UpdateNodegroupConfigRequest request) {
        return nodegroups.updateConfig(request);
    }

    public EksUpdate updateNodegroupVersion(String clusterName, String nodegroupName, String version) {
        return nodegroups.updateVersion(clusterName, nodegroupName, version);
    }

    public Nodegroup deleteNodegroup(String clusterName, String nodegroupName) {
        return nodegroups.delete(clusterName, nodegroupName);
    }

    public List<EksNode> listNodes(String clusterName, String nodegroupName) {
        return nodegroups.nodes(clusterName, nodegroupName);
    }

    /** The EC2 instances behind every node group's nodes, as DescribeInstances shows them. */
    public List<Ec2Instance> instances() {
        return nodegroups.instances();
    }

    public EksNode interruptSpotInstance(SpotInterruption interruption) {
        return nodegroups.interruptSpot(interruption);
    }

    public FargateProfile createFargateProfile(CreateFargateProfileRequest request) {
        return fargateProfiles.create(request);
    }

    public FargateProfile describeFargateProfile(String clusterName, String name) {
        return fargateProfiles.describe(clusterName, name);
    }

    public Page<String> listFargateProfiles(String clusterName, String nextToken, Integer maxResults) {
        return fargateProfiles.list(clusterName, nextToken, maxResults);
    }

    public FargateProfile deleteFargateProfile(String clusterName, String name) {
        return fargateProfiles.delete(clusterName, name);
    }

    public Addon createAddon(String clusterName, String addonName, String addonVersion) {
        return addons.create(clusterName, addonName, addonVersion);
    }

    public Addon describeAddon(String clusterName, String addonName) {
        return addons.describe(clusterName, addonName);
    }

    public Page<String> listAddons(String clusterName, String nextToken, Integer maxResults) {
        return addons.list(clusterName, nextToken, maxResults);
    }
}
