package dev.berth.core.model;

import java.time.Instant;

/** Application Auto Scaling's scalable target: for ECS, a service's desired count held within min and max. */
public record ScalableTarget(
        String serviceNamespace,
        String resourceId,
        String scalableDimension,
        int minCapacity,
        int maxCapacity,
        String roleARN,
        Instant creationTime,
        SuspendedState suspendedState,
        String scalableTargetARN) {
}
