package dev.berth.core.model;

/** The auto scaling group behind a capacity provider; managedTerminationProtection ENABLED or DISABLED. */
public record AutoScalingGroupProvider(
        String autoScalingGroupArn,
        ManagedScaling managedScaling,
        String managedTerminationProtection) {
}
