package dev.berth.sim;

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
import dev.berth.core.model.Page;
import dev.berth.core.model.UpdateNodegroupConfigRequest;
import dev.berth.sim.eks.CreateAddonCommand;
import dev.berth.sim.eks.CreateEksClusterCommand;
import dev.berth.sim.eks.CreateFargateProfileCommand;
import dev.berth.sim.eks.CreateNodegroupCommand;
import dev.berth.sim.eks.DeleteEksClusterCommand;
import dev.berth.sim.eks.DeleteFargateProfileCommand;
import dev.berth.sim.eks.DeleteNodegroupCommand;
import dev.berth.sim.eks.UpdateClusterVersionCommand;
import dev.berth.sim.eks.UpdateNodegroupConfigCommand;
import dev.berth.sim.eks.UpdateNodegroupVersionCommand;

import java.util.List;

/** The simulator behind {@link EksGateway}: changes become journaled commands, reads look at the world directly. */
final class SimEksGateway implements EksGateway {
    private final Simulator simulator;

    SimEksGateway(Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public EksCluster createCluster(CreateEksClusterRequest request) {
        return simulator.execute(new CreateEksClusterCommand(request));
    }

    @Override
    public EksCluster describeCluster(String name) {
        return simulator.readEks(eks -> eks.describeCluster(name));
    }

    @Override
    public Page<String> listClusters(String nextToken, Integer maxResults) {
        return simulator.readEks(eks -> eks.listClusters(nextToken, maxResults));
    }

    @Override
    public EksCluster deleteCluster(String name) {
        return simulator.execute(new DeleteEksClusterCommand(name));
    }

    @Override
    public EksUpdate updateClusterVersion(String name, String version) {
        return simulator.execute(new UpdateClusterVersionCommand(name, version));
    }

    @Override
    public EksUpdate describeUpdate(String name, String updateId, String nodegroupName) {
        return simulator.readEks(eks -> eks.describeUpdate(name, updateId, nodegroupName));
    }

    @Override
    public Page<String> listUpdates(String name, String nodegroupName, String nextToken, Integer maxResults) {
        return simulator.readEks(eks -> eks.listUpdates(name, nodegroupName, nextToken, maxResults));
    }

    @Override
    public Nodegroup createNodegroup(CreateNodegroupRequest request) {
        return simulator.execute(new CreateNodegroupCommand(request));
    }

    @Override
    public Nodegroup describeNodegroup(String clusterName, String nodegroupName) {
        return simulator.readEks(eks -> eks.describeNodegroup(clusterName, nodegroupName));
    }

    @Override
    public Page<String> listNodegroups(String clusterName, String nextToken, Integer maxResults) {
        return simulator.readEks(eks -> eks.listNodegroups(clusterName, nextToken, maxResults));
    }

    @Override
    public EksUpdate updateNodegroupConfig(UpdateNodegroupConfigRequest request) {
        return simulator.execute(new UpdateNodegroupConfigCommand(request));
    }

    @Override
    public EksUpdate updateNodegroupVersion(String clusterName, String nodegroupName, String version) {
        return simulator.execute(new UpdateNodegroupVersionCommand(clusterName, nodegroupName, version));
    }

    @Override
    public Nodegroup deleteNodegroup(String clusterName, String nodegroupName) {
        return simulator.execute(new DeleteNodegroupCommand(clusterName, nodegroupName));
    }

    @Override
    public FargateProfile createFargateProfile(CreateFargateProfileRequest request) {
        return simulator.execute(new CreateFargateProfileCommand(request));
    }

    @Override
    public FargateProfile describeFargateProfile(String clusterName, String fargateProfileName) {
        return simulator.readEks(eks -> eks.describeFargateProfile(clusterName, fargateProfileName));
    }

    @Override
    public Page<String> listFargateProfiles(String clusterName, String nextToken, Integer maxResults) {
        return simulator.readEks(eks -> eks.listFargateProfiles(clusterName, nextToken, maxResults));
    }

    @Override
    public FargateProfile deleteFargateProfile(String clusterName, String fargateProfileName) {
        return simulator.execute(new DeleteFargateProfileCommand(clusterName, fargateProfileName));
    }

    @Override
    public Addon createAddon(String clusterName, String addonName, String addonVersion) {
        return simulator.execute(new CreateAddonCommand(clusterName, addonName, addonVersion));
    }

    @Override
    public Addon describeAddon(String clusterName, String addonName) {
        return simulator.readEks(eks -> eks.describeAddon(clusterName, addonName));
    }

    @Override
    public Page<String> listAddons(String clusterName, String nextToken, Integer maxResults) {
        return simulator.readEks(eks -> eks.listAddons(clusterName, nextToken, maxResults));
    }

    @Override
    public List<EksNode> listNodes(String clusterName, String nodegroupName) {
        return simulator.readEks(eks -> eks.listNodes(clusterName, nodegroupName));
    }
}
