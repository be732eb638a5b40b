package dev.berth.sim.scaling;

/** DeleteScalingPolicy. */
public record DeleteScalingPolicyCommand(
        String policyName,
        String serviceNamespace,
        String resourceId,
        String scalableDimension)
        implements ScalingCommand<Void> {
    @Override
    public Void applyTo(ScalingWorld scaling) {
        return scaling.deleteScalingPolicy(policyName, serviceNamespace, resourceId, scalableDimension);
    }
}
