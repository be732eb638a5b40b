package dev.berth.core.model;

/** How a rolling update may proceed. AWS defaults for REPLICA services: min 100 %, max 200 %, breaker off. */
public record DeploymentConfiguration(
        int minimumHealthyPercent,
        int maximumPercent,
        DeploymentCircuitBreaker deploymentCircuitBreaker) {

    public static DeploymentConfiguration defaults() {
        return new DeploymentConfiguration(100, 200, new DeploymentCircuitBreaker(false, false));
    }
}
