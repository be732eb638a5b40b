package dev.berth.core.model;

import java.util.List;

/** An ECS cluster as DescribeClusters returns it. Status ACTIVE, PROVISIONING, DEPROVISIONING, FAILED or INACTIVE. */
public record Cluster(
        String clusterArn,
        String clusterName,
        String status,
        int registeredContainerInstancesCount,
        int runningTasksCount,
        int pendingTasksCount,
        int activeServicesCount,
        List<String> capacityProviders,
        List<CapacityProviderStrategyItem> defaultCapacityProviderStrategy,
        List<Tag> tags) {
    public Cluster {
        capacityProviders = List.copyOf(capacityProviders);
        defaultCapacityProviderStrategy = List.copyOf(defaultCapacityProviderStrategy);
        tags = List.copyOf(tags);
    }
}
