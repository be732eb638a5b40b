package dev.berth.core.model;

import java.time.Instant;

/**
 * The latest minute of an App Runner service's CloudWatch metrics (namespace AWS/AppRunner): {@code ActiveInstances}
 * and {@code Concurrency} (concurrent requests across the service). {@code timestamp} is null before any data.
 */
public record AppRunnerServiceMetrics(Instant timestamp, int activeInstances, int concurrency) {

    public static final AppRunnerServiceMetrics NONE = new AppRunnerServiceMetrics(null, 0, 0);
}
