package dev.berth.sim.scaling;

/** DeleteScheduledAction. */
public record DeleteScheduledActionCommand(
        String serviceNamespace,
        String scheduledActionName,
        String resourceId,
        String scalableDimension)
        implements ScalingCommand<Void> {
    @Override
    public Void applyTo(ScalingWorld scaling) {
        return scaling.deleteScheduledAction(serviceNamespace, scheduledActionName, resourceId, scalableDimension);
    }
}
