package dev.berth.ui.eks;

import dev.berth.core.model.Nodegroup;

/** A node group with how many of its nodes are Ready, for the node groups table. */
public record NodegroupSummary(Nodegroup nodegroup, int readyNodes, int totalNodes) {
}
