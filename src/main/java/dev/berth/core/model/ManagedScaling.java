package dev.berth.core.model;

/** Capacity provider managed scaling: ENABLED/DISABLED, target capacity 1–100 %, step sizes, warm-up seconds. */
public record ManagedScaling(
        String status,
        int targetCapacity,
        int minimumScalingStepSize,
        int maximumScalingStepSize,
        int instanceWarmupPeriod) {
    /** AWS's defaults (API reference, ManagedScaling): ENABLED, 100 %, steps 1 to 10,000, 300 s of warm-up. */
    public static final ManagedScaling DEFAULTS = new ManagedScaling("ENABLED", 100, 1, 10_000, 300);
}
