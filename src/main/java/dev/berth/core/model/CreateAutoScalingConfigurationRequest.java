package dev.berth.core.model;

/** CreateAutoScalingConfiguration input; null members take AWS's defaults (100 concurrent requests, 1 to 25). */
public record CreateAutoScalingConfigurationRequest(
        String autoScalingConfigurationName,
        Integer maxConcurrency,
        Integer minSize,
        Integer maxSize) {
}
