package dev.berth.core.gateway;

import dev.berth.core.model.Page;
import dev.berth.core.model.Addon;
import dev.berth.core.model.EksCluster;
import dev.berth.core.model.EksUpdate;
import dev.berth.core.model.FargateProfile;
import dev.berth.core.model.Nodegroup;

import java.util.List;

/** The list-then-describe reads of EKS a view needs: EKS describes one resource per call. */
public final class EksInventory {
    private static final int MAX_PAGE = 100;

    private final EksGateway eks;

    public EksInventory(EksGateway eks) {
        this.eks = eks;
    }

    public List<String> clusterNames() {
        return Page.all(token -> eks.listClusters(token, MAX_PAGE));
    }

    public List<EksCluster> clusters() {
        return clusterNames().stream().map(eks::describeCluster).toList();
    }

    /** Every page of the names, for counting without describing each one. */
    public List<String> nodegroupNames(String cluster) {
        return Page.all(token -> eks.listNodegroups(cluster, token, MAX_PAGE));
    }

    public List<Nodegroup> nodegroups(String cluster) {
        return nodegroupNames(cluster).stream().map(name -> eks.describeNodegroup(cluster, name)).toList();
    }

    public List<String> fargateProfileNames(String cluster) {
        return Page.all(token -> eks.listFargateProfiles(cluster, token, MAX_PAGE));
    }

    public List<FargateProfile> fargateProfiles(String cluster) {
        return fargateProfileNames(cluster).stream().map(name -> eks.describeFargateProfile(cluster, name)).toList();
    }

    public List<Addon> addons(String cluster) {
        return Page.all(token -> eks.listAddons(cluster, token, MAX_PAGE)).stream()
                .map(name -> eks.describeAddon(cluster, name)).toList();
    }

    /** The cluster's updates, or a node group's when {@code nodegroupName} is given. */
    public List<EksUpdate> updates(String cluster, String nodegroupName) {
        return Page.all(token -> eks.listUpdates(cluster, nodegroupName, token, MAX_PAGE)).stream()
                .map(id -> eks.describeUpdate(cluster, id, nodegroupName)).toList();
    }
}
