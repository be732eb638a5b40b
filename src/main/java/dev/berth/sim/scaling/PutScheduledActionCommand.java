package dev.berth.sim.scaling;

import dev.berth.core.model.PutScheduledActionRequest;

/** PutScheduledAction. */
public record PutScheduledActionCommand(PutScheduledActionRequest request) implements ScalingCommand<Void> {
    @Override
    public Void applyTo(ScalingWorld scaling) {
        return scaling.putScheduledAction(request);
    }
}
