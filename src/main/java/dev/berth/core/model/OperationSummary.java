package dev.berth.core.model;

import java.time.Instant;

/**
 * One asynchronous operation on an App Runner service: type CREATE_SERVICE, START_DEPLOYMENT, PAUSE_SERVICE,
 * RESUME_SERVICE, DELETE_SERVICE or UPDATE_SERVICE; status PENDING, IN_PROGRESS, FAILED, SUCCEEDED,
 * ROLLBACK_IN_PROGRESS, ROLLBACK_FAILED or ROLLBACK_SUCCEEDED. {@code endedAt} is null while it runs.
 */
public record OperationSummary(
        String id,
        String type,
        String status,
        String targetArn,
        Instant startedAt,
        Instant endedAt,
        Instant updatedAt) {
}
