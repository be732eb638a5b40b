package dev.berth.core.model;

import java.time.Instant;

/**
 * One entry of a service's {@code deployments[]}. Status PRIMARY (newest), ACTIVE (older, still has tasks) or
 * INACTIVE; rolloutState IN_PROGRESS, COMPLETED or FAILED.
 */
public record Deployment(
        String id,
        String status,
        String taskDefinition,
        int desiredCount,
        int pendingCount,
        int runningCount,
        int failedTasks,
        String rolloutState,
        String rolloutStateReason,
        String launchType,
        Instant createdAt,
        Instant updatedAt) {
}
