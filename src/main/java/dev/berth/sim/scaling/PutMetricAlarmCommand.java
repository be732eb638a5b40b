package dev.berth.sim.scaling;

import dev.berth.core.model.PutMetricAlarmRequest;

/** CloudWatch PutMetricAlarm. */
public record PutMetricAlarmCommand(PutMetricAlarmRequest request) implements ScalingCommand<Void> {
    @Override
    public Void applyTo(ScalingWorld scaling) {
        return scaling.putMetricAlarm(request);
    }
}
