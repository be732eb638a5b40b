package dev.berth.core.model;

import java.util.List;
import java.util.Map;

/**
 * CreateNodegroup. Required: cluster, name, subnets and the node IAM role. Null members take AWS's defaults:
 * instance type t3.medium, ON_DEMAND, 20 GiB disks, the AL2023 AMI, the cluster's Kubernetes version; the scaling
 * config has no API default (the simulator takes 2/2/2 as the console does).
 */
public record CreateNodegroupRequest(
        String clusterName,
        String nodegroupName,
        NodegroupScalingConfig scalingConfig,
        Integer diskSize,
        List<String> subnets,
        List<String> instanceTypes,
        String amiType,
        String nodeRole,
        Map<String, String> labels,
        List<Taint> taints,
        String capacityType,
        String version,
        Map<String, String> tags) {
    public CreateNodegroupRequest {
        subnets = subnets == null ? List.of() : List.copyOf(subnets);
        instanceTypes = instanceTypes == null ? List.of() : List.copyOf(instanceTypes);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        taints = taints == null ? List.of() : List.copyOf(taints);
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }
}
