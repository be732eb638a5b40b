package dev.berth.core.model;

/** PutScalingPolicy: creates or replaces the named policy of a scalable target. */
public record PutScalingPolicyRequest(
        String policyName,
        String serviceNamespace,
        String resourceId,
        String scalableDimension,
        String policyType,
        StepScalingPolicyConfiguration stepScalingPolicyConfiguration,
        TargetTrackingScalingPolicyConfiguration targetTrackingScalingPolicyConfiguration) {

    public static PutScalingPolicyRequest targetTracking(String cluster, String service, String policyName,
                                                         TargetTrackingScalingPolicyConfiguration configuration) {
        return new PutScalingPolicyRequest(policyName, ScalingNames.ECS, ScalingNames.resourceId(cluster, service),
                ScalingNames.DESIRED_COUNT, ScalingNames.TARGET_TRACKING, null, configuration);
    }

    public static PutScalingPolicyRequest step(String cluster, String service, String policyName,
                                               StepScalingPolicyConfiguration configuration) {
        return new PutScalingPolicyRequest(policyName, ScalingNames.ECS, ScalingNames.resourceId(cluster, service),
                ScalingNames.DESIRED_COUNT, ScalingNames.STEP, configuration, null);
    }
}
