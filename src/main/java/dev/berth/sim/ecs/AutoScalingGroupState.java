package dev.berth.sim.ecs;

/**
 * The auto scaling group behind an EC2 capacity provider. It launches instances up to its desired capacity; managed
 * scaling (raising desired capacity for tasks waiting in PROVISIONING) is not simulated yet.
 */
final class AutoScalingGroupState {
    final String name;
    final String arn;
    final InstanceTypes.InstanceType instanceType;
    final int minSize;
    final int maxSize;
    final String capacityProviderName;
    int desiredCapacity;
    /** Instances launched so far, which also picks the next one's Availability Zone. */
    int launched;

    AutoScalingGroupState(String name, String arn, InstanceTypes.InstanceType instanceType, int minSize, int maxSize,
                          int desiredCapacity, String capacityProviderName) {
        this.name = name;
        this.arn = arn;
        this.instanceType = instanceType;
        this.minSize = minSize;
        this.maxSize = maxSize;
        this.desiredCapacity = desiredCapacity;
        this.capacityProviderName = capacityProviderName;
    }
}
