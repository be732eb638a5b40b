package dev.berth.core.model;

import java.util.Map;

/**
 * CreateCluster (EKS): a name, the IAM role the control plane uses, and the VPC subnets. {@code version} null takes
 * the default Kubernetes version. Named apart from ECS's {@link CreateClusterRequest}.
 */
public record CreateEksClusterRequest(
        String name,
        String version,
        String roleArn,
        VpcConfigRequest resourcesVpcConfig,
        Map<String, String> tags) {
    public CreateEksClusterRequest {
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }
}
