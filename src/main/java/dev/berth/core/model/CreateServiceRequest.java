package dev.berth.core.model;

import java.util.List;

/**
 * CreateService. Null members take AWS's defaults (REPLICA, min 100 / max 200, no grace period, no load balancer).
 */
public record CreateServiceRequest(
        String cluster,
        String serviceName,
        String taskDefinition,
        int desiredCount,
        String launchType,
        List<CapacityProviderStrategyItem> capacityProviderStrategy,
        String platformVersion,
        NetworkConfiguration networkConfiguration,
        DeploymentConfiguration deploymentConfiguration,
        Integer healthCheckGracePeriodSeconds,
        List<Tag> tags,
        List<LoadBalancer> loadBalancers) {
    public CreateServiceRequest {
        capacityProviderStrategy = capacityProviderStrategy == null ? List.of() : List.copyOf(capacityProviderStrategy);
        tags = tags == null ? List.of() : List.copyOf(tags);
        loadBalancers = loadBalancers == null ? List.of() : List.copyOf(loadBalancers);
    }

    /** A service behind no load balancer. */
    public CreateServiceRequest(String cluster, String serviceName, String taskDefinition, int desiredCount,
                                String launchType, List<CapacityProviderStrategyItem> capacityProviderStrategy,
                                String platformVersion, NetworkConfiguration networkConfiguration,
                                DeploymentConfiguration deploymentConfiguration,
                                Integer healthCheckGracePeriodSeconds, List<Tag> tags) {
        this(cluster, serviceName, taskDefinition, desiredCount, launchType, capacityProviderStrategy,
                platformVersion, networkConfiguration, deploymentConfiguration, healthCheckGracePeriodSeconds, tags,
                List.of());
    }
}
