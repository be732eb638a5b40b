package dev.berth.sim.scaling;

import java.util.List;

/** CloudWatch DeleteAlarms. */
public record DeleteAlarmsCommand(List<String> alarmNames) implements ScalingCommand<Void> {
    @Override
    public Void applyTo(ScalingWorld scaling) {
        return scaling.deleteAlarms(alarmNames);
    }
}
