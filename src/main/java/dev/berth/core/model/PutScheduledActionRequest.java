package dev.berth.core.model;

import java.time.Instant;

/** PutScheduledAction: creates or replaces the named action. {@code schedule}: at(...), rate(...) or cron(...). */
public record PutScheduledActionRequest(
        String serviceNamespace,
        String schedule,
        String timezone,
        String scheduledActionName,
        String resourceId,
        String scalableDimension,
        Instant startTime,
        Instant endTime,
        ScalableTargetAction scalableTargetAction) {

    public static PutScheduledActionRequest ecsService(String cluster, String service, String name, String schedule,
                                                       String timezone, ScalableTargetAction action) {
        return new PutScheduledActionRequest(ScalingNames.ECS, schedule, timezone, name,
                ScalingNames.resourceId(cluster, service), ScalingNames.DESIRED_COUNT, null, null, action);
    }
}
