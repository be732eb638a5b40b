package dev.berth.core.model;

import java.time.Instant;

/** A scheduled action: at its times it sets the scalable target's min and/or max capacity. */
public record ScheduledAction(
        String scheduledActionName,
        String scheduledActionARN,
        String serviceNamespace,
        String schedule,
        String timezone,
        String resourceId,
        String scalableDimension,
        Instant startTime,
        Instant endTime,
        ScalableTargetAction scalableTargetAction,
        Instant creationTime) {
}
