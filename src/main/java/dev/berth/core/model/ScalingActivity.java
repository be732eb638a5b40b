package dev.berth.core.model;

import java.time.Instant;
import java.util.List;

/** One scaling activity, worded as Application Auto Scaling words it. */
public record ScalingActivity(
        String activityId,
        String serviceNamespace,
        String resourceId,
        String scalableDimension,
        String description,
        String cause,
        Instant startTime,
        Instant endTime,
        String statusCode,
        String statusMessage,
        String details,
        List<NotScaledReason> notScaledReasons) {
    public ScalingActivity {
        notScaledReasons = notScaledReasons == null ? List.of() : List.copyOf(notScaledReasons);
    }
}
