package dev.berth.sim.scaling;

import dev.berth.core.model.PutScheduledActionRequest;
import dev.berth.core.model.ScheduledAction;

import java.time.Instant;

/** A scheduled action. Each put starts a new generation, so a firing planned for an older one does nothing. */
final class ScheduledActionState {
    final String arn;
    final Instant creationTime;
    PutScheduledActionRequest request;
    ScheduleExpression schedule;
    Instant putAt;
    long generation;

    ScheduledActionState(String arn, Instant creationTime) {
        this.arn = arn;
        this.creationTime = creationTime;
    }

    /** A rate counts from the start time if one is given, else from when the action was put. */
    Instant rateAnchor() {
        return request.startTime() != null ? request.startTime() : putAt;
    }

    ScheduledAction toScheduledAction() {
        return new ScheduledAction(request.scheduledActionName(), arn, request.serviceNamespace(),
                request.schedule(), request.timezone(), request.resourceId(), request.scalableDimension(),
                request.startTime(), request.endTime(), request.scalableTargetAction(), creationTime);
    }
}
