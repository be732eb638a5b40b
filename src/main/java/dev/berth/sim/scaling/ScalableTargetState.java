package dev.berth.sim.scaling;

import dev.berth.core.model.ScalableTarget;
import dev.berth.core.model.ScalingNames;
import dev.berth.core.model.SuspendedState;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A registered scalable target, with its policies and scheduled actions by name. */
final class ScalableTargetState {
    final ServiceKey key;
    final String arn;
    final Instant creationTime;
    int minCapacity;
    int maxCapacity;
    String roleARN;
    SuspendedState suspendedState = SuspendedState.none();
    final Map<String, PolicyState> policies = new LinkedHashMap<>();
    final Map<String, ScheduledActionState> scheduledActions = new LinkedHashMap<>();

    ScalableTargetState(ServiceKey key, String arn, Instant creationTime) {
        this.key = key;
        this.arn = arn;
        this.creationTime = creationTime;
    }

    int clamp(int capacity) {
        return Math.max(minCapacity, Math.min(maxCapacity, capacity));
    }

    ScalableTarget toScalableTarget() {
        return new ScalableTarget(ScalingNames.ECS, key.resourceId(), ScalingNames.DESIRED_COUNT, minCapacity,
                maxCapacity, roleARN, creationTime, suspendedState, arn);
    }
}
