package dev.berth.sim.scaling;

import dev.berth.core.model.PutScalingPolicyRequest;
import dev.berth.core.model.PutScalingPolicyResult;

/** PutScalingPolicy. */
public record PutScalingPolicyCommand(PutScalingPolicyRequest request)
        implements ScalingCommand<PutScalingPolicyResult> {
    @Override
    public PutScalingPolicyResult applyTo(ScalingWorld scaling) {
        return scaling.putScalingPolicy(request);
    }
}
