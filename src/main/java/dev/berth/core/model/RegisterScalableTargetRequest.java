package dev.berth.core.model;

/**
 * RegisterScalableTarget: creates the target or updates the members given. A new target needs both capacities;
 * null members of an existing target are left as they are.
 */
public record RegisterScalableTargetRequest(
        String serviceNamespace,
        String resourceId,
        String scalableDimension,
        Integer minCapacity,
        Integer maxCapacity,
        String roleARN,
        SuspendedState suspendedState) {

    /** An ECS service's desired count between {@code min} and {@code max}. */
    public static RegisterScalableTargetRequest ecsService(String cluster, String service, Integer min, Integer max) {
        return new RegisterScalableTargetRequest(ScalingNames.ECS, ScalingNames.resourceId(cluster, service),
                ScalingNames.DESIRED_COUNT, min, max, null, null);
    }
}
