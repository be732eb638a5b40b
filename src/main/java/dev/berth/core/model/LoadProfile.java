package dev.berth.core.model;

import java.time.Duration;
import java.time.Instant;

/**
 * The request load a simulated service receives (requests per minute over the whole service), and how many
 * requests a minute one task serves at 100 % CPU. The simulator derives the service's CloudWatch metrics from it.
 */
public record LoadProfile(
        LoadShape shape,
        double baseRequestsPerMinute,
        double peakRequestsPerMinute,
        Instant startTime,
        int durationMinutes,
        double requestsPerTaskAtFullCpu) {

    /** What one task serves at full CPU unless a profile says otherwise. */
    public static final double DEFAULT_TASK_CAPACITY = 600;

    public LoadProfile {
        if (shape == null || startTime == null) {
            throw new IllegalArgumentException("A load profile needs a shape and a start time.");
        }
        if (baseRequestsPerMinute < 0 || peakRequestsPerMinute < 0 || durationMinutes < 0
                || requestsPerTaskAtFullCpu <= 0) {
            throw new IllegalArgumentException("Loads and durations cannot be negative, and a task's capacity "
                    + "must be above 0.");
        }
    }

    public static LoadProfile constant(double requestsPerMinute, Instant from) {
        return new LoadProfile(LoadShape.CONSTANT, requestsPerMinute, requestsPerMinute, from, 0,
                DEFAULT_TASK_CAPACITY);
    }

    /** The load at {@code time}; before the start time every shape gives its base. */
    public double requestsPerMinuteAt(Instant time) {
        double minutes = Duration.between(startTime, time).toMillis() / 60_000.0;
        if (minutes < 0) {
            return baseRequestsPerMinute;
        }
        double rise = peakRequestsPerMinute - baseRequestsPerMinute;
        return switch (shape) {
            case CONSTANT -> baseRequestsPerMinute;
            case RAMP -> durationMinutes == 0 || minutes >= durationMinutes ? peakRequestsPerMinute
                    : baseRequestsPerMinute + rise * minutes / durationMinutes;
            case DAILY_WAVE -> baseRequestsPerMinute + rise * (1 - Math.cos(2 * Math.PI * minutes / 1440)) / 2;
            case SPIKE -> minutes < durationMinutes ? peakRequestsPerMinute : baseRequestsPerMinute;
        };
    }
}
