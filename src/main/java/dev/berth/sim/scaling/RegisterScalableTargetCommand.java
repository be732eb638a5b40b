package dev.berth.sim.scaling;

import dev.berth.core.model.RegisterScalableTargetRequest;

/** RegisterScalableTarget. */
public record RegisterScalableTargetCommand(RegisterScalableTargetRequest request) implements ScalingCommand<String> {
    @Override
    public String applyTo(ScalingWorld scaling) {
        return scaling.registerScalableTarget(request);
    }
}
