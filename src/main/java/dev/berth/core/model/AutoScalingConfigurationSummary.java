package dev.berth.core.model;

import java.time.Instant;

/** An auto scaling configuration revision as lists, and a service's description, name it. */
public record AutoScalingConfigurationSummary(
        String autoScalingConfigurationArn,
        String autoScalingConfigurationName,
        int autoScalingConfigurationRevision,
        String status,
        Instant createdAt,
        boolean hasAssociatedService,
        boolean isDefault) {
}
