package dev.berth.core.model;

import java.util.List;

/**
 * Scale by steps when an alarm fires. {@code adjustmentType}: ChangeInCapacity, PercentChangeInCapacity or
 * ExactCapacity; {@code metricAggregationType}: Average (default), Minimum or Maximum; {@code cooldown} in seconds.
 */
public record StepScalingPolicyConfiguration(
        String adjustmentType,
        List<StepAdjustment> stepAdjustments,
        Integer minAdjustmentMagnitude,
        Integer cooldown,
        String metricAggregationType) {
    public StepScalingPolicyConfiguration {
        stepAdjustments = stepAdjustments == null ? List.of() : List.copyOf(stepAdjustments);
    }
}
