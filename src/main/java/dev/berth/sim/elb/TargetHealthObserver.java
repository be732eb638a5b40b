package dev.berth.sim.elb;

import dev.berth.core.model.TargetHealth;

/** Hears every change of a target's health, e.g. the ECS service scheduler waiting for its tasks' targets. */
public interface TargetHealthObserver {

    void healthChanged(String targetGroupKey, String targetId, int port, TargetHealth health);

    TargetHealthObserver NONE = (group, id, port, health) -> {
    };
}
