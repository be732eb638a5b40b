package dev.berth.core.model;

import java.util.List;

/** What PutScalingPolicy answers: the policy's ARN and, for target tracking, the alarms it manages. */
public record PutScalingPolicyResult(String policyARN, List<Alarm> alarms) {
    public PutScalingPolicyResult {
        alarms = List.copyOf(alarms);
    }
}
