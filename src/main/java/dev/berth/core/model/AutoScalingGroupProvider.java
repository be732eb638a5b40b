package dev.berth.core.model;

/**
 * The auto scaling group behind a capacity provider. {@code managedTerminationProtection} ENABLED keeps instances
 * that run tasks from being terminated by a scale-in; {@code managedDraining} ENABLED drains an instance (DRAINING)
 * before the group terminates it. Both ENABLED or DISABLED.
 */
public record AutoScalingGroupProvider(
        String autoScalingGroupArn,
        ManagedScaling managedScaling,
        String managedTerminationProtection,
        String managedDraining) {
}
