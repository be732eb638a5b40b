package dev.berth.core.model;

/**
 * Keep a predefined metric at {@code targetValue}. Cooldowns are in seconds (null: ECS's 300); {@code disableScaleIn}
 * null means false.
 */
public record TargetTrackingScalingPolicyConfiguration(
        Double targetValue,
        PredefinedMetricSpecification predefinedMetricSpecification,
        Integer scaleOutCooldown,
        Integer scaleInCooldown,
        Boolean disableScaleIn) {

    public static TargetTrackingScalingPolicyConfiguration of(String predefinedMetricType, double targetValue) {
        return new TargetTrackingScalingPolicyConfiguration(targetValue,
                new PredefinedMetricSpecification(predefinedMetricType, null), null, null, null);
    }
}
