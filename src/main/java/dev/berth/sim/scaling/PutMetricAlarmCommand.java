package dev.berth.sim.scaling;

import dev.berth.core.model.MetricAlarm;

/** CloudWatch PutMetricAlarm on a service metric. */
public record PutMetricAlarmCommand(MetricAlarm alarm) implements ScalingCommand<Void> {
    @Override
    public Void applyTo(ScalingWorld scaling) {
        return scaling.putMetricAlarm(alarm);
    }
}
