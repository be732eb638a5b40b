package dev.berth.sim.scaling;

import dev.berth.core.model.Alarm;
import dev.berth.core.model.PutScalingPolicyRequest;
import dev.berth.core.model.ScalingNames;
import dev.berth.core.model.ScalingPolicy;
import dev.berth.core.model.TargetTrackingScalingPolicyConfiguration;

import java.time.Instant;
import java.util.List;

/** A scaling policy and its cooldown bookkeeping. Target tracking policies own a high and a low alarm. */
final class PolicyState {
    /** ECS's default for every cooldown, in seconds. */
    static final int DEFAULT_COOLDOWN = 300;
    static final long NEVER = Long.MIN_VALUE / 2;

    final String arn;
    final Instant creationTime;
    final Alarm alarmHigh;
    final Alarm alarmLow;
    PutScalingPolicyRequest request;
    /**
     * When this policy last scaled out (a step policy: last changed the capacity either way), and the capacity it
     * started from: what its cooldown counts from.
     */
    long lastScaleOutAt = NEVER;
    int capacityBeforeScaleOut;
    long lastScaleInAt = NEVER;

    PolicyState(String arn, Instant creationTime, Alarm alarmHigh, Alarm alarmLow, PutScalingPolicyRequest request) {
        this.arn = arn;
        this.creationTime = creationTime;
        this.alarmHigh = alarmHigh;
        this.alarmLow = alarmLow;
        this.request = request;
    }

    String name() {
        return request.policyName();
    }

    boolean isTargetTracking() {
        return ScalingNames.TARGET_TRACKING.equals(request.policyType());
    }

    TargetTrackingScalingPolicyConfiguration targetTracking() {
        return request.targetTrackingScalingPolicyConfiguration();
    }

    static int seconds(Integer value) {
        return value == null ? DEFAULT_COOLDOWN : value;
    }

    /** The alarms that invoke it: its own two for target tracking, else the user's alarms that name it. */
    ScalingPolicy toScalingPolicy(List<Alarm> userAlarms) {
        List<Alarm> alarms = isTargetTracking() ? List.of(alarmHigh, alarmLow) : userAlarms;
        return new ScalingPolicy(arn, request.policyName(), request.serviceNamespace(), request.resourceId(),
                request.scalableDimension(), request.policyType(), request.stepScalingPolicyConfiguration(),
                request.targetTrackingScalingPolicyConfiguration(), alarms, creationTime);
    }
}
