package dev.berth.core.model;

import java.util.List;

/** A container health check; null numbers take AWS's defaults (interval 30, timeout 5, retries 3, no start period). */
public record HealthCheck(List<String> command, Integer interval, Integer timeout, Integer retries, Integer startPeriod) {
}
