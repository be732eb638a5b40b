package dev.berth.ui.eks;

import dev.berth.core.model.Addon;
import dev.berth.core.model.EksNode;
import dev.berth.core.model.FargateProfile;

import java.util.List;

/**
 * One refresh of the Kubernetes area: every cluster, and for the selected cluster its node groups, the selected
 * node group's nodes, the updates of the cluster and its node groups (newest first), Fargate profiles and add-ons;
 * each of the last five null when its tab was not on screen, so not read.
 */
record EksReading(List<ClusterSummary> clusters, List<NodegroupSummary> nodegroups, List<EksNode> nodes,
                  List<UpdateEntry> updates, List<FargateProfile> fargateProfiles, List<Addon> addons) {
}
