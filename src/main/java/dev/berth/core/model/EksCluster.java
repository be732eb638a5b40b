package dev.berth.core.model;

import java.time.Instant;
import java.util.Map;

/**
 * An Amazon EKS cluster as DescribeCluster returns it. Status CREATING, ACTIVE, UPDATING, DELETING, FAILED or PENDING.
 * {@code endpoint} and {@code certificateAuthority} are null while the cluster is CREATING, as on AWS. Named
 * {@code EksCluster} because ECS's {@link Cluster} has AWS's shorter name.
 */
public record EksCluster(
        String name,
        String arn,
        Instant createdAt,
        String version,
        String endpoint,
        String roleArn,
        VpcConfigResponse resourcesVpcConfig,
        KubernetesNetworkConfigResponse kubernetesNetworkConfig,
        Identity identity,
        String status,
        Certificate certificateAuthority,
        String platformVersion,
        Map<String, String> tags) {
    public EksCluster {
        tags = Map.copyOf(tags);
    }
}
