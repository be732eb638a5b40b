package dev.berth.sim.scaling;

import dev.berth.core.model.MetricAlarm;
import dev.berth.core.model.NotScaledReason;
import dev.berth.core.model.ScalingNames;
import dev.berth.core.model.StepAdjustment;
import dev.berth.core.model.StepScalingPolicyConfiguration;
import dev.berth.core.model.TargetTrackingScalingPolicyConfiguration;

import java.util.List;
import java.util.function.Function;

/**
 * Target tracking and step scaling, once a minute after the alarms are brought up to date (AWS-BEHAVIOUR.md §6).
 * A target tracking policy's high alarm is ALARM when the last 3 one-minute datapoints are above the target, its low
 * alarm when the last 15 are below 90 % of it; alarms keep invoking their policy every minute they stay in ALARM.
 * New capacity = ceil(current × metric / target) within [min, max]. Scale out if any policy asks, the largest ask
 * wins; scale in only if every target tracking policy asks. During a policy's scale-out cooldown the capacity it
 * added counts as already there, so only a larger scale out proceeds; during its scale-in cooldown it does not scale
 * in; a scale out ends every scale-in cooldown.
 */
final class DynamicScaling {
    private static final int HIGH_DATAPOINTS = 3;
    private static final int LOW_DATAPOINTS = 15;
    private static final double LOW_FRACTION = 0.9;
    /** Keeps ceil(6 × 8.3333 / 50) at 1 when the product is 1 plus a rounding error. */
    private static final double EPSILON = 1e-9;

    /** How a capacity change reaches ECS. */
    interface DesiredCountSetter {
        void set(ScalableTargetState target, int desiredCount, String cause);
    }

    private final DesiredCountSetter setter;
    private final ActivityLog activities;

    DynamicScaling(DesiredCountSetter setter, ActivityLog activities) {
        this.setter = setter;
        this.activities = activities;
    }

    void evaluate(ScalableTargetState target, int desired, ServiceMetrics metrics, List<MetricAlarm> alarms,
                  Function<MetricAlarm, List<Double>> alarmWindows, long now) {
        if (!targetTracking(target, desired, metrics, now)) {
            stepScaling(target, desired, alarms, alarmWindows, now);
        }
    }

    /** True when it changed the desired count. */
    private boolean targetTracking(ScalableTargetState target, int desired, ServiceMetrics metrics, long now) {
        List<PolicyState> policies = target.policies.values().stream().filter(PolicyState::isTargetTracking).toList();
        Decision out = null;
        Decision in = null;
        boolean allScaleIn = !policies.isEmpty();
        for (PolicyState policy : policies) {
            TargetTrackingScalingPolicyConfiguration configuration = policy.targetTracking();
            String metric = metricName(configuration, target.key);
            double value = configuration.targetValue();
            List<Double> high = metrics.last(metric, HIGH_DATAPOINTS, now);
            if (high != null && high.stream().allMatch(v -> v > value)) {
                allScaleIn = false;
                String cause = cause(policy.alarmHigh.alarmName(), policy.name());
                if (Boolean.TRUE.equals(target.suspendedState.dynamicScalingOutSuspended())) {
                    continue;
                }
                boolean cooling = now < policy.lastScaleOutAt + PolicyState.seconds(configuration.scaleOutCooldown())
                        * 1000L;
                int base = cooling ? policy.capacityBeforeScaleOut : desired;
                int wanted = target.clamp(ceil(base * last(high) / value));
                if (wanted > desired && (out == null || wanted > out.capacity)) {
                    out = new Decision(policy, wanted, cause);
                } else if (!cooling && desired >= target.maxCapacity) {
                    activities.notScaled(target.key, cause, new NotScaledReason("AlreadyAtMaxCapacity",
                            target.maxCapacity, null, desired));
                }
                continue;
            }
            List<Double> low = metrics.last(metric, LOW_DATAPOINTS, now);
            boolean lowAlarm = low != null && low.stream().allMatch(v -> v < LOW_FRACTION * value);
            if (!lowAlarm || Boolean.TRUE.equals(configuration.disableScaleIn())
                    || Boolean.TRUE.equals(target.suspendedState.dynamicScalingInSuspended())
                    || now < policy.lastScaleInAt + PolicyState.seconds(configuration.scaleInCooldown()) * 1000L) {
                allScaleIn = false;
                continue;
            }
            String cause = cause(policy.alarmLow.alarmName(), policy.name());
            int wanted = target.clamp(ceil(desired * last(low) / value));
            if (wanted >= desired) {
                allScaleIn = false;
                if (desired <= target.minCapacity) {
                    activities.notScaled(target.key, cause, new NotScaledReason("AlreadyAtMinCapacity", null,
                            target.minCapacity, desired));
                }
            } else if (in == null || wanted > in.capacity) {
                in = new Decision(policy, wanted, cause);
            }
        }
        if (out != null) {
            setter.set(target, out.capacity, out.cause);
            out.policy.lastScaleOutAt = now;
            out.policy.capacityBeforeScaleOut = desired;
            policies.forEach(p -> p.lastScaleInAt = PolicyState.NEVER);
            return true;
        }
        if (allScaleIn && in != null) {
            setter.set(target, in.capacity, in.cause);
            in.policy.lastScaleInAt = now;
            return true;
        }
        return false;
    }

    /** Each alarm in ALARM invokes the step policies it names; a policy's cooldown counts from its last change. */
    private void stepScaling(ScalableTargetState target, int desired, List<MetricAlarm> alarms,
                             Function<MetricAlarm, List<Double>> alarmWindows, long now) {
        for (PolicyState policy : target.policies.values()) {
            if (policy.isTargetTracking()) {
                continue;
            }
            for (MetricAlarm alarm : alarms) {
                if (!"ALARM".equals(alarm.stateValue()) || !alarm.alarmActions().contains(policy.arn)) {
                    continue;
                }
                StepScalingPolicyConfiguration configuration = policy.request.stepScalingPolicyConfiguration();
                List<Double> window = alarmWindows.apply(alarm);
                if (window == null) {
                    continue;
                }
                StepAdjustment step = step(configuration, aggregate(configuration, window) - alarm.threshold());
                if (step == null) {
                    continue;
                }
                String cause = cause(alarm.alarmName(), policy.name());
                boolean cooling = now < policy.lastScaleOutAt + PolicyState.seconds(configuration.cooldown()) * 1000L;
                int base = cooling ? policy.capacityBeforeScaleOut : desired;
                int wanted = target.clamp(adjusted(configuration, step.scalingAdjustment(), base));
                boolean scaleIn = wanted < desired;
                if (wanted == desired || (cooling && (scaleIn || wanted <= desired))) {
                    if (!cooling && wanted == desired) {
                        activities.notScaled(target.key, cause, notScaledAt(target, desired));
                    }
                    continue;
                }
                if (scaleIn ? Boolean.TRUE.equals(target.suspendedState.dynamicScalingInSuspended())
                        : Boolean.TRUE.equals(target.suspendedState.dynamicScalingOutSuspended())) {
                    continue;
                }
                setter.set(target, wanted, cause);
                policy.lastScaleOutAt = now;
                policy.capacityBeforeScaleOut = desired;
                return;
            }
        }
    }

    private static NotScaledReason notScaledAt(ScalableTargetState target, int desired) {
        if (desired >= target.maxCapacity) {
            return new NotScaledReason("AlreadyAtMaxCapacity", target.maxCapacity, null, desired);
        }
        if (desired <= target.minCapacity) {
            return new NotScaledReason("AlreadyAtMinCapacity", null, target.minCapacity, desired);
        }
        return new NotScaledReason("AlreadyAtDesiredCapacity", null, null, desired);
    }

    /** The step whose [lower, upper) holds how far the metric is past the threshold. */
    private static StepAdjustment step(StepScalingPolicyConfiguration configuration, double breach) {
        return configuration.stepAdjustments().stream()
                .filter(s -> s.metricIntervalLowerBound() == null || breach >= s.metricIntervalLowerBound())
                .filter(s -> s.metricIntervalUpperBound() == null || breach < s.metricIntervalUpperBound())
                .findFirst().orElse(null);
    }

    private static double aggregate(StepScalingPolicyConfiguration configuration, List<Double> window) {
        String type = configuration.metricAggregationType() == null ? "Average"
                : configuration.metricAggregationType();
        return switch (type) {
            case "Minimum" -> window.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            case "Maximum" -> window.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            default -> window.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        };
    }

    /**
     * The capacity after the adjustment. A percentage change between 0 and 1 (or -1 and 0) counts as 1 (or -1);
     * beyond that it is rounded toward zero, and it moves at least MinAdjustmentMagnitude.
     */
    static int adjusted(StepScalingPolicyConfiguration configuration, int adjustment, int current) {
        return switch (configuration.adjustmentType()) {
            case "ExactCapacity" -> adjustment;
            case "PercentChangeInCapacity" -> {
                double change = current * adjustment / 100.0;
                int whole = change > 0 && change < 1 ? 1 : change < 0 && change > -1 ? -1 : (int) change;
                Integer minimum = configuration.minAdjustmentMagnitude();
                if (minimum != null && Math.abs(whole) < minimum) {
                    whole = Integer.signum(adjustment) * minimum;
                }
                yield current + whole;
            }
            default -> current + adjustment;
        };
    }

    static boolean breaches(MetricAlarm alarm, double value) {
        return switch (alarm.comparisonOperator()) {
            case "GreaterThanOrEqualToThreshold" -> value >= alarm.threshold();
            case "GreaterThanThreshold" -> value > alarm.threshold();
            case "LessThanThreshold" -> value < alarm.threshold();
            default -> value <= alarm.threshold();
        };
    }

    /** The metric the policy tracks, by its name in the service's one-minute metrics. */
    static String metricName(TargetTrackingScalingPolicyConfiguration configuration, ServiceKey key) {
        return configuration.customizedMetricSpecification() != null
                ? QueueMetric.of(configuration.customizedMetricSpecification(), key).metricName()
                : metricName(configuration.predefinedMetricSpecification().predefinedMetricType());
    }

    private static String metricName(String predefinedMetricType) {
        return switch (predefinedMetricType) {
            case ScalingNames.CPU -> "CPUUtilization";
            case ScalingNames.MEMORY -> "MemoryUtilization";
            default -> "RequestCountPerTarget";
        };
    }

    private static String cause(String alarmName, String policyName) {
        return "monitor alarm " + alarmName + " in state ALARM triggered policy " + policyName;
    }

    private static int ceil(double capacity) {
        return (int) Math.ceil(capacity - EPSILON);
    }

    private static double last(List<Double> values) {
        return values.get(values.size() - 1);
    }

    private record Decision(PolicyState policy, int capacity, String cause) {
    }
}
