package dev.berth.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A managed node group as DescribeNodegroup returns it. Status CREATING, ACTIVE, UPDATING, DELETING, CREATE_FAILED,
 * DELETE_FAILED or DEGRADED (see {@code health}). Its nodes are EC2 instances in an auto scaling group that EKS
 * keeps at {@code scalingConfig.desiredSize}.
 */
public record Nodegroup(
        String nodegroupName,
        String nodegroupArn,
        String clusterName,
        String version,
        String releaseVersion,
        Instant createdAt,
        Instant modifiedAt,
        String status,
        String capacityType,
        NodegroupScalingConfig scalingConfig,
        List<String> instanceTypes,
        List<String> subnets,
        String amiType,
        String nodeRole,
        Map<String, String> labels,
        List<Taint> taints,
        NodegroupResources resources,
        Integer diskSize,
        NodegroupHealth health,
        NodegroupUpdateConfig updateConfig,
        Map<String, String> tags) {
    public Nodegroup {
        instanceTypes = List.copyOf(instanceTypes);
        subnets = List.copyOf(subnets);
        labels = Map.copyOf(labels);
        taints = List.copyOf(taints);
        tags = Map.copyOf(tags);
    }
}
