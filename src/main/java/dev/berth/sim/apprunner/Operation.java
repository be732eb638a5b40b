package dev.berth.sim.apprunner;

import dev.berth.core.model.OperationSummary;

import java.time.Instant;

/** One asynchronous operation on a service, from IN_PROGRESS to how it ended. */
final class Operation {
    private final String id;
    private final String type;
    private final Instant startedAt;
    private String status = "IN_PROGRESS";
    private Instant endedAt;
    private Instant updatedAt;

    Operation(String id, String type, Instant startedAt) {
        this.id = id;
        this.type = type;
        this.startedAt = startedAt;
        this.updatedAt = startedAt;
    }

    String id() {
        return id;
    }

    String type() {
        return type;
    }

    void end(String finalStatus, Instant at) {
        status = finalStatus;
        endedAt = at;
        updatedAt = at;
    }

    OperationSummary summary(String targetArn) {
        return new OperationSummary(id, type, status, targetArn, startedAt, endedAt, updatedAt);
    }
}
