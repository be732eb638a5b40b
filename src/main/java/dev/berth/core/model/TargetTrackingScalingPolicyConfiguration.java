package dev.berth.core.model;

/**
 * Keep a predefined metric, or a customized one (e.g. an SQS queue's backlog per task), at {@code targetValue}. Cooldowns are in seconds (null: ECS's 300); {@code disableScaleIn}
 * null means false.
 */
public record TargetTrackingScalingPolicyConfiguration(
        Double targetValue,
        PredefinedMetricSpecification predefinedMetricSpecification,
        Integer scaleOutCooldown,
        Integer scaleInCooldown,
        Boolean disableScaleIn,
        CustomizedMetricSpecification customizedMetricSpecification) {

    public static TargetTrackingScalingPolicyConfiguration of(String predefinedMetricType, double targetValue) {
        return new TargetTrackingScalingPolicyConfiguration(targetValue,
                new PredefinedMetricSpecification(predefinedMetricType, null), null, null, null, null);
    }

    /** Keep the customized metric at {@code targetValue}, with ECS's default cooldowns. */
    public static TargetTrackingScalingPolicyConfiguration of(CustomizedMetricSpecification metric,
                                                              double targetValue) {
        return new TargetTrackingScalingPolicyConfiguration(targetValue, null, null, null, null, metric);
    }
}
