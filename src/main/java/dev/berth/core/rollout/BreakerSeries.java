package dev.berth.core.rollout;

import java.time.Instant;
import java.util.List;

/**
 * The circuit breaker's view of one deployment: its {@code failedTasks} against the threshold, as they were seen,
 * and the moment the breaker failed the deployment (null if it did not).
 */
public record BreakerSeries(String deploymentId, List<Step> steps, Instant trippedAt) {
    /** From {@code at}, {@code failedTasks} of {@code threshold} failures had been counted. */
    public record Step(Instant at, int failedTasks, int threshold) {
    }

    public BreakerSeries {
        steps = List.copyOf(steps);
    }
}
