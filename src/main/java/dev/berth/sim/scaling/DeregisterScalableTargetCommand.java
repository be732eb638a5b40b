package dev.berth.sim.scaling;

/** DeregisterScalableTarget. */
public record DeregisterScalableTargetCommand(String serviceNamespace, String resourceId, String scalableDimension)
        implements ScalingCommand<Void> {
    @Override
    public Void applyTo(ScalingWorld scaling) {
        return scaling.deregisterScalableTarget(serviceNamespace, resourceId, scalableDimension);
    }
}
