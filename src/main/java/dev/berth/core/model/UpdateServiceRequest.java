package dev.berth.core.model;

import java.util.List;

/**
 * UpdateService. Null members are left as they are. A new deployment starts when the task definition, network,
 * capacity provider strategy, platform or load balancers change, or on {@code forceNewDeployment}; a desired count
 * alone does not. {@code loadBalancers} replaces the service's list (empty: behind none); its new tasks register in
 * the new target groups and the old ones deregister from theirs as they drain.
 */
public record UpdateServiceRequest(
        String cluster,
        String service,
        String taskDefinition,
        Integer desiredCount,
        DeploymentConfiguration deploymentConfiguration,
        NetworkConfiguration networkConfiguration,
        List<CapacityProviderStrategyItem> capacityProviderStrategy,
        String platformVersion,
        Integer healthCheckGracePeriodSeconds,
        boolean forceNewDeployment,
        List<LoadBalancer> loadBalancers) {

    public UpdateServiceRequest {
        loadBalancers = loadBalancers == null ? null : List.copyOf(loadBalancers);
    }

    /** An update that leaves the load balancers as they are. */
    public UpdateServiceRequest(String cluster, String service, String taskDefinition, Integer desiredCount,
                                DeploymentConfiguration deploymentConfiguration,
                                NetworkConfiguration networkConfiguration,
                                List<CapacityProviderStrategyItem> capacityProviderStrategy, String platformVersion,
                                Integer healthCheckGracePeriodSeconds, boolean forceNewDeployment) {
        this(cluster, service, taskDefinition, desiredCount, deploymentConfiguration, networkConfiguration,
                capacityProviderStrategy, platformVersion, healthCheckGracePeriodSeconds, forceNewDeployment, null);
    }

    public static UpdateServiceRequest desiredCount(String cluster, String service, int desiredCount) {
        return new UpdateServiceRequest(cluster, service, null, desiredCount, null, null, null, null, null, false);
    }
}
