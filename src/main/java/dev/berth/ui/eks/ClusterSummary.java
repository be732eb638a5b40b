package dev.berth.ui.eks;

import dev.berth.core.model.EksCluster;

/** A cluster with how many node groups and Fargate profiles it has, for the clusters table. */
public record ClusterSummary(EksCluster cluster, int nodegroups, int fargateProfiles) {
}
