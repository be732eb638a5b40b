package dev.berth.core.rollout;

/**
 * The stretches of a task's life the timeline draws, from its timestamps: PROVISIONING from {@code createdAt},
 * PENDING from {@code pullStartedAt}, RUNNING (not yet healthy) from {@code startedAt}, HEALTHY from when it counted
 * as healthy, STOPPING (DEACTIVATING, STOPPING and DEPROVISIONING) from {@code stoppingAt}, STOPPED from
 * {@code stoppedAt}.
 */
public enum TaskPhase {
    PROVISIONING, PENDING, RUNNING, HEALTHY, STOPPING, STOPPED
}
