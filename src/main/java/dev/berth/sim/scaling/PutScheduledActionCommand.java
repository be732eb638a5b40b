package dev.berth.sim.scaling;

import dev.berth.core.model.PutScheduledActionRequest;
import dev.berth.core.model.ScalableTargetAction;

import java.time.Instant;

/** PutScheduledAction. Times are kept as epoch milliseconds so the journal's plain JSON reads them back. */
public record PutScheduledActionCommand(
        String serviceNamespace,
        String schedule,
        String timezone,
        String scheduledActionName,
        String resourceId,
        String scalableDimension,
        Long startEpochMillis,
        Long endEpochMillis,
        ScalableTargetAction scalableTargetAction)
        implements ScalingCommand<Void> {

    public static PutScheduledActionCommand of(PutScheduledActionRequest request) {
        return new PutScheduledActionCommand(request.serviceNamespace(), request.schedule(), request.timezone(),
                request.scheduledActionName(), request.resourceId(), request.scalableDimension(),
                request.startTime() == null ? null : request.startTime().toEpochMilli(),
                request.endTime() == null ? null : request.endTime().toEpochMilli(), request.scalableTargetAction());
    }

    @Override
    public Void applyTo(ScalingWorld scaling) {
        return scaling.putScheduledAction(new PutScheduledActionRequest(serviceNamespace, schedule, timezone,
                scheduledActionName, resourceId, scalableDimension,
                startEpochMillis == null ? null : Instant.ofEpochMilli(startEpochMillis),
                endEpochMillis == null ? null : Instant.ofEpochMilli(endEpochMillis), scalableTargetAction));
    }
}
