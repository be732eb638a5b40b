package dev.berth.sim.scaling;

import dev.berth.core.model.CustomizedMetricSpecification;
import dev.berth.core.model.PredefinedMetricSpecification;
import dev.berth.core.model.PutScalingPolicyRequest;
import dev.berth.core.model.ScalingNames;
import dev.berth.core.model.StepAdjustment;
import dev.berth.core.model.StepScalingPolicyConfiguration;
import dev.berth.core.model.TargetTrackingScalingPolicyConfiguration;

import java.util.Comparator;
import java.util.List;

/** PutScalingPolicy's checks. A missing PolicyType means StepScaling, as on AWS. */
final class PolicyValidation {
    private static final List<String> METRICS = List.of(ScalingNames.CPU, ScalingNames.MEMORY,
            ScalingNames.REQUESTS_PER_TARGET);
    private static final List<String> ADJUSTMENTS = List.of("ChangeInCapacity", "PercentChangeInCapacity",
            "ExactCapacity");
    private static final List<String> AGGREGATIONS = List.of("Average", "Minimum", "Maximum");

    private PolicyValidation() {
    }

    static PutScalingPolicyRequest checked(PutScalingPolicyRequest request) {
        String type = request.policyType() == null ? ScalingNames.STEP : request.policyType();
        PutScalingPolicyRequest typed = new PutScalingPolicyRequest(request.policyName(), request.serviceNamespace(),
                request.resourceId(), request.scalableDimension(), type, request.stepScalingPolicyConfiguration(),
                request.targetTrackingScalingPolicyConfiguration());
        switch (type) {
            case ScalingNames.TARGET_TRACKING -> checkTargetTracking(request);
            case ScalingNames.STEP -> checkStep(request);
            default -> throw ScalingErrors.validation("Unsupported policy type " + type
                    + " for ECS services. Use TargetTrackingScaling or StepScaling.");
        }
        return typed;
    }

    private static void checkTargetTracking(PutScalingPolicyRequest request) {
        TargetTrackingScalingPolicyConfiguration configuration = request.targetTrackingScalingPolicyConfiguration();
        if (configuration == null || request.stepScalingPolicyConfiguration() != null) {
            throw ScalingErrors.validation("TargetTrackingScalingPolicyConfiguration must be specified, and only "
                    + "it, for a policy of type TargetTrackingScaling");
        }
        if (configuration.targetValue() == null || configuration.targetValue() <= 0) {
            throw ScalingErrors.validation("TargetValue must be greater than 0");
        }
        PredefinedMetricSpecification metric = configuration.predefinedMetricSpecification();
        CustomizedMetricSpecification customized = configuration.customizedMetricSpecification();
        if (metric != null && customized != null) {
            throw ScalingErrors.validation("Only one of PredefinedMetricSpecification or "
                    + "CustomizedMetricSpecification may be specified");
        }
        if (customized != null) {
            QueueMetric.of(customized, ServiceKey.of(request.serviceNamespace(), request.resourceId(),
                    request.scalableDimension()));
        } else if (metric == null || !METRICS.contains(metric.predefinedMetricType())) {
            throw ScalingErrors.validation("The simulator tracks the predefined metrics " + METRICS
                    + "; a PredefinedMetricSpecification with one of them, or a CustomizedMetricSpecification, "
                    + "must be specified");
        } else if (ScalingNames.REQUESTS_PER_TARGET.equals(metric.predefinedMetricType())
                && (metric.resourceLabel() == null || metric.resourceLabel().isBlank())) {
            throw ScalingErrors.validation("ResourceLabel must be specified for the predefined metric type "
                    + "ALBRequestCountPerTarget");
        }
        if (negative(configuration.scaleInCooldown()) || negative(configuration.scaleOutCooldown())) {
            throw ScalingErrors.validation("Cooldown must be 0 or more seconds");
        }
    }

    private static void checkStep(PutScalingPolicyRequest request) {
        StepScalingPolicyConfiguration configuration = request.stepScalingPolicyConfiguration();
        if (configuration == null || request.targetTrackingScalingPolicyConfiguration() != null) {
            throw ScalingErrors.validation("StepScalingPolicyConfiguration must be specified, and only it, for a "
                    + "policy of type StepScaling");
        }
        if (!ADJUSTMENTS.contains(configuration.adjustmentType())) {
            throw ScalingErrors.validation("AdjustmentType must be one of " + ADJUSTMENTS);
        }
        if (configuration.metricAggregationType() != null
                && !AGGREGATIONS.contains(configuration.metricAggregationType())) {
            throw ScalingErrors.validation("MetricAggregationType must be one of " + AGGREGATIONS);
        }
        if (negative(configuration.cooldown())) {
            throw ScalingErrors.validation("Cooldown must be 0 or more seconds");
        }
        if (configuration.minAdjustmentMagnitude() != null
                && !"PercentChangeInCapacity".equals(configuration.adjustmentType())) {
            throw ScalingErrors.validation("MinAdjustmentMagnitude is only supported with PercentChangeInCapacity");
        }
        checkSteps(configuration.stepAdjustments());
    }

    /** Steps may not overlap or leave gaps, and only the outer ones may be open-ended, as AWS requires. */
    private static void checkSteps(List<StepAdjustment> steps) {
        if (steps.isEmpty()) {
            throw ScalingErrors.validation("StepAdjustments must contain at least one step adjustment");
        }
        List<StepAdjustment> ordered = steps.stream().sorted(Comparator.comparing(
                (StepAdjustment s) -> s.metricIntervalLowerBound() == null ? Double.NEGATIVE_INFINITY
                        : s.metricIntervalLowerBound())).toList();
        for (int i = 0; i < ordered.size(); i++) {
            StepAdjustment step = ordered.get(i);
            double lower = bound(step.metricIntervalLowerBound(), Double.NEGATIVE_INFINITY);
            double upper = bound(step.metricIntervalUpperBound(), Double.POSITIVE_INFINITY);
            if (lower >= upper) {
                throw ScalingErrors.validation("MetricIntervalLowerBound must be less than "
                        + "MetricIntervalUpperBound in each step adjustment");
            }
            if (i > 0 && bound(ordered.get(i - 1).metricIntervalUpperBound(), Double.POSITIVE_INFINITY) != lower) {
                throw ScalingErrors.validation("Step adjustments must not overlap or have gaps between them");
            }
        }
    }

    private static double bound(Double value, double unbounded) {
        return value == null ? unbounded : value;
    }

    private static boolean negative(Integer seconds) {
        return seconds != null && seconds < 0;
    }
}
