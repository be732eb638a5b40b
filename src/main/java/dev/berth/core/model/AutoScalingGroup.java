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
    private static final String NAME_PREFIX = "autoScalingGroupName/";

    public AutoScalingGroup {
        instances = List.copyOf(instances);
        availabilityZones = List.copyOf(availabilityZones);
    }

    /**
     * The name a group's ARN ends with ({@code ...:autoScalingGroup:UUID:autoScalingGroupName/NAME}): capacity
     * providers name their group by ARN, while DescribeAutoScalingGroups and CloudWatch name it by name.
     */
    public static String nameOf(String autoScalingGroupArn) {
        return autoScalingGroupArn.substring(autoScalingGroupArn.indexOf(NAME_PREFIX) + NAME_PREFIX.length());
    }
}
