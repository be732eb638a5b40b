package dev.berth.sim.ecs;

/**
 * The auto scaling group behind an EC2 capacity provider. It launches instances up to its desired capacity; managed
 * scaling (raising desired capacity for tasks waiting in PROVISIONING) is not simulated yet.
 */
final class AutoScalingGroupState {
    final InstanceTypes.InstanceType instanceType;
    final String capacityProviderName;
    int desiredCapacity;
    /** Instances launched so far, which also picks the next one's Availability Zone. */
    int launched;

    AutoScalingGroupState(InstanceTypes.InstanceType instanceType, int desiredCapacity, String capacityProviderName) {
        this.instanceType = instanceType;
        this.desiredCapacity = desiredCapacity;
        this.capacityProviderName = capacityProviderName;
    }
}
