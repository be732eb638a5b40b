package dev.berth.ui.autoscaling;

import dev.berth.core.model.CustomizedMetricSpecification;
import dev.berth.core.model.ScalingPolicy;
import dev.berth.core.model.StepScalingPolicyConfiguration;
import dev.berth.core.model.TargetTrackingScalingPolicyConfiguration;
import dev.berth.ui.common.ModelRow;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.stream.Collectors;

/** One scaling policy: its name, type and what it does in a line. */
public final class PolicyRow extends ModelRow<ScalingPolicy> {
    private final StringProperty name = new SimpleStringProperty(this, "name");
    private final StringProperty type = new SimpleStringProperty(this, "type");
    private final StringProperty summary = new SimpleStringProperty(this, "summary");

    public PolicyRow(String id) {
        super(id);
    }

    @Override
    protected void show(ScalingPolicy policy) {
        name.set(policy.policyName());
        type.set(policy.policyType());
        summary.set(summary(policy));
    }

    /** E.g. "ECSServiceAverageCPUUtilization at 50.0, cooldowns out 300 s / in 300 s". */
    static String summary(ScalingPolicy policy) {
        TargetTrackingScalingPolicyConfiguration tracking = policy.targetTrackingScalingPolicyConfiguration();
        if (tracking != null) {
            return metric(tracking) + " at " + tracking.targetValue()
                    + ", cooldowns out " + seconds(tracking.scaleOutCooldown()) + " / in "
                    + seconds(tracking.scaleInCooldown())
                    + (Boolean.TRUE.equals(tracking.disableScaleIn()) ? ", scale-in disabled" : "");
        }
        StepScalingPolicyConfiguration step = policy.stepScalingPolicyConfiguration();
        String steps = step.stepAdjustments().stream().map(s -> "[" + bound(s.metricIntervalLowerBound(), "-∞")
                + ", " + bound(s.metricIntervalUpperBound(), "+∞") + ") " + s.scalingAdjustment())
                .collect(Collectors.joining(", "));
        String alarms = policy.alarms().isEmpty() ? "no alarm yet"
                : "alarm " + policy.alarms().get(0).alarmName();
        return step.adjustmentType() + " " + steps + ", cooldown " + seconds(step.cooldown()) + ", " + alarms;
    }

    /** A predefined metric by its type; a customized one by the label of the query that returns it, or its name. */
    private static String metric(TargetTrackingScalingPolicyConfiguration tracking) {
        if (tracking.predefinedMetricSpecification() != null) {
            return tracking.predefinedMetricSpecification().predefinedMetricType();
        }
        CustomizedMetricSpecification customized = tracking.customizedMetricSpecification();
        return customized.metrics().stream().filter(q -> q.returnData() == null || q.returnData())
                .map(q -> q.label() != null ? q.label() : q.expression()).findFirst()
                .orElse(customized.metricName());
    }

    private static String seconds(Integer value) {
        return (value == null ? 300 : value) + " s";
    }

    private static String bound(Double value, String unbounded) {
        return value == null ? unbounded : String.valueOf(value);
    }

    @Override
    protected Iterable<String> searchableText(ScalingPolicy policy) {
        return List.of(policy.policyName(), policy.policyType());
    }

    public String name() {
        return name.get();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty typeProperty() {
        return type;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }
}
