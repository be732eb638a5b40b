package dev.berth.core.model;

/**
 * A capacity provider; FARGATE and FARGATE_SPOT have no auto scaling group. Status ACTIVE or INACTIVE (deleted);
 * {@code updateStatus} CREATE_COMPLETE, UPDATE_COMPLETE, DELETE_COMPLETE, ... (null for the Fargate ones).
 */
public record CapacityProvider(
        String capacityProviderArn,
        String name,
        String status,
        AutoScalingGroupProvider autoScalingGroupProvider,
        String updateStatus) {
}
