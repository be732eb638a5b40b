package dev.berth.core.model;

import java.util.List;

/**
 * UpdateService. Null members are left as they are. A new deployment starts when the task definition, network,
 * capacity provider strategy or platform changes, or on {@code forceNewDeployment}; a desired count alone does not.
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
        boolean forceNewDeployment) {

    public static UpdateServiceRequest desiredCount(String cluster, String service, int desiredCount) {
        return new UpdateServiceRequest(cluster, service, null, desiredCount, null, null, null, null, null, false);
    }
}
