package dev.berth.core.model;

import java.time.Instant;
import java.util.List;

/** A scaling policy; exactly one of the two configurations is set, as its {@code policyType} says. */
public record ScalingPolicy(
        String policyARN,
        String policyName,
        String serviceNamespace,
        String resourceId,
        String scalableDimension,
        String policyType,
        StepScalingPolicyConfiguration stepScalingPolicyConfiguration,
        TargetTrackingScalingPolicyConfiguration targetTrackingScalingPolicyConfiguration,
        List<Alarm> alarms,
        Instant creationTime) {
    public ScalingPolicy {
        alarms = List.copyOf(alarms);
    }
}
