package dev.berth.core.model;

import java.time.Instant;

/**
 * One revision of an App Runner auto scaling configuration: each instance takes up to {@code maxConcurrency}
 * concurrent requests, and the service runs between {@code minSize} and {@code maxSize} instances. Creating one with
 * a name in use makes the next revision, which becomes {@code latest}. Status ACTIVE or INACTIVE (deleted).
 */
public record AutoScalingConfiguration(
        String autoScalingConfigurationArn,
        String autoScalingConfigurationName,
        int autoScalingConfigurationRevision,
        boolean latest,
        String status,
        int maxConcurrency,
        int minSize,
        int maxSize,
        Instant createdAt,
        Instant deletedAt,
        boolean hasAssociatedService,
        boolean isDefault) {

    public AutoScalingConfigurationSummary summary() {
        return new AutoScalingConfigurationSummary(autoScalingConfigurationArn, autoScalingConfigurationName,
                autoScalingConfigurationRevision, status, createdAt, hasAssociatedService, isDefault);
    }
}
