package dev.berth.core.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An EC2 instance as DescribeInstances shows it. {@code state} pending, running, shutting-down, terminated, stopping,
 * stopped; {@code instanceLifecycle} {@code spot} for a Spot instance, null for On-Demand; {@code tags} by key, in
 * the order they were added.
 */
public record Ec2Instance(
        String instanceId,
        String instanceType,
        String state,
        String privateDnsName,
        String privateIpAddress,
        String availabilityZone,
        Instant launchTime,
        String instanceLifecycle,
        Map<String, String> tags) {

    public Ec2Instance {
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /** The value of the tag {@code key}, or null. */
    public String tag(String key) {
        return tags.get(key);
    }
}
