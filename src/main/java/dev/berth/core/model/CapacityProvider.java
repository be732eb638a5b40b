package dev.berth.core.model;

/** A capacity provider; FARGATE and FARGATE_SPOT have no auto scaling group. */
public record CapacityProvider(
        String capacityProviderArn,
        String name,
        String status,
        AutoScalingGroupProvider autoScalingGroupProvider) {
}
