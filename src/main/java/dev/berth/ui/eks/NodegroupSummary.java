package dev.berth.ui.eks;

import dev.berth.core.model.EksNode;
import dev.berth.core.model.Nodegroup;

import java.util.List;

/**
 * A node group with how many of its nodes are Ready, for the node groups table; {@code readyNodes} is null where the
 * nodes' Kubernetes status is not known (real AWS, where it takes the Kubernetes API).
 */
public record NodegroupSummary(Nodegroup nodegroup, Integer readyNodes, int totalNodes) {

    static NodegroupSummary of(Nodegroup nodegroup, List<EksNode> nodes) {
        boolean known = nodes.stream().allMatch(EksNode::statusKnown);
        return new NodegroupSummary(nodegroup, known ? (int) nodes.stream().filter(EksNode::ready).count() : null,
                nodes.size());
    }
}
