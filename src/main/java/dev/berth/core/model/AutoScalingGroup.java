package dev.berth.core.model;

import java.time.Instant;
import java.util.List;

/**
 * An EC2 Auto Scaling group as DescribeAutoScalingGroups returns it: its size bounds, the capacity it keeps in
 * service, its instances, the Availability Zones it launches them in and when it was created.
 */
public record AutoScalingGroup(
        String autoScalingGroupName,
        String autoScalingGroupARN,
        int minSize,
        int maxSize,
        int desiredCapacity,
        List<AutoScalingInstance> instances,
        List<String> availabilityZones,
        Instant createdTime) {
    public AutoScalingGroup {
        instances = List.copyOf(instances);
        availabilityZones = List.copyOf(availabilityZones);
    }
}
