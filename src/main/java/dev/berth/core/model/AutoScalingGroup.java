package dev.berth.core.model;

import java.util.List;

/**
 * An EC2 Auto Scaling group as DescribeAutoScalingGroups returns it: its size bounds, the capacity it keeps in
 * service, and its instances.
 */
public record AutoScalingGroup(
        String autoScalingGroupName,
        String autoScalingGroupARN,
        int minSize,
        int maxSize,
        int desiredCapacity,
        List<AutoScalingInstance> instances) {
    public AutoScalingGroup {
        instances = List.copyOf(instances);
    }
}
