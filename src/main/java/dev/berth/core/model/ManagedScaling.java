package dev.berth.core.model;

/** Capacity provider managed scaling: ENABLED/DISABLED, target capacity 1–100 %, step sizes, warm-up seconds. */
public record ManagedScaling(
        String status,
        int targetCapacity,
        int minimumScalingStepSize,
        int maximumScalingStepSize,
        int instanceWarmupPeriod) {
}
