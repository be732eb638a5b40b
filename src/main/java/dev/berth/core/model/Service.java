package dev.berth.core.model;

import java.time.Instant;
import java.util.List;

/** An ECS service as DescribeServices returns it. Status ACTIVE, DRAINING or INACTIVE. Events are newest first. */
public record Service(
        String serviceArn,
        String serviceName,
        String clusterArn,
        String status,
        int desiredCount,
        int runningCount,
        int pendingCount,
        String launchType,
        List<CapacityProviderStrategyItem> capacityProviderStrategy,
        String platformVersion,
        String taskDefinition,
        DeploymentConfiguration deploymentConfiguration,
        List<Deployment> deployments,
        List<ServiceEvent> events,
        NetworkConfiguration networkConfiguration,
        int healthCheckGracePeriodSeconds,
        String schedulingStrategy,
        Instant createdAt,
        List<Tag> tags,
        List<LoadBalancer> loadBalancers) {
    public Service {
        loadBalancers = List.copyOf(loadBalancers);
        capacityProviderStrategy = List.copyOf(capacityProviderStrategy);
        deployments = List.copyOf(deployments);
        events = List.copyOf(events);
        tags = List.copyOf(tags);
    }

    /** The PRIMARY deployment, which every service has while it is ACTIVE. */
    public Deployment primaryDeployment() {
        return deployments.stream().filter(d -> "PRIMARY".equals(d.status())).findFirst().orElse(null);
    }
}
