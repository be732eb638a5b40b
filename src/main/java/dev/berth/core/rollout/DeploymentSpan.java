package dev.berth.core.rollout;

import java.time.Instant;

/**
 * One deployment of the service as the refreshes saw it, kept after AWS drops it from {@code deployments[]}:
 * {@code status} PRIMARY or ACTIVE while listed, INACTIVE once dropped; the counts as last seen.
 * {@code finishedAt}: when its rolloutState became COMPLETED or FAILED (the event's time when AWS reported it, else
 * the refresh that saw it), null while IN_PROGRESS.
 */
public record DeploymentSpan(String deploymentId, String taskDefinition, String status, String rolloutState,
                             String rolloutStateReason, int desiredCount, int pendingCount, int runningCount,
                             int failedTasks, Instant createdAt, Instant finishedAt) {

    public boolean completed() {
        return "COMPLETED".equals(rolloutState);
    }
}
