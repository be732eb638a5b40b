package dev.berth.core.model;

import java.util.List;

/**
 * CreateCluster. {@code ec2Capacity} is null for a Fargate-only cluster; when set, the simulator (like the AWS
 * console) creates the auto scaling group and a capacity provider for it.
 */
public record CreateClusterRequest(
        String clusterName,
        List<String> capacityProviders,
        List<CapacityProviderStrategyItem> defaultCapacityProviderStrategy,
        Ec2Capacity ec2Capacity,
        List<Tag> tags) {
    public CreateClusterRequest {
        capacityProviders = capacityProviders == null ? List.of() : List.copyOf(capacityProviders);
        defaultCapacityProviderStrategy = defaultCapacityProviderStrategy == null
                ? List.of() : List.copyOf(defaultCapacityProviderStrategy);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public static CreateClusterRequest named(String clusterName) {
        return new CreateClusterRequest(clusterName, List.of("FARGATE", "FARGATE_SPOT"), List.of(), null, List.of());
    }
}
