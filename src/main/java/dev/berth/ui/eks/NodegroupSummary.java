package dev.berth.ui.eks;

import dev.berth.core.model.Nodegroup;

/**
 * A node group with how many of its nodes are Ready, for the node groups table; both counts are null where the
 * backend does not list nodes (real AWS).
 */
public record NodegroupSummary(Nodegroup nodegroup, Integer readyNodes, Integer totalNodes) {

    static NodegroupSummary nodesNotListed(Nodegroup nodegroup) {
        return new NodegroupSummary(nodegroup, null, null);
    }
}
