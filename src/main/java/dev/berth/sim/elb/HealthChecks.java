package dev.berth.sim.elb;

import dev.berth.core.model.TargetHealth;
import dev.berth.sim.SimContext;

import java.time.Duration;

/**
 * Runs a target group's health checks on the virtual clock ("Health checks for Application Load Balancer target
 * groups"). Registration takes a moment (initial, Elb.RegistrationInProgress); then a check every interval. A newly
 * registered target needs one passing check to become healthy, whatever the healthy threshold (ECS developer
 * guide, "Optimize load balancer health check parameters"); an unhealthy target needs the healthy threshold's
 * consecutive passes to come back; the unhealthy threshold's consecutive failures make a target unhealthy.
 */
final class HealthChecks {
    private static final Duration APPLICATION_REGISTRATION_MIN = Duration.ofSeconds(5);
    private static final Duration APPLICATION_REGISTRATION_MAX = Duration.ofSeconds(15);
    /** "It can take a few minutes for the registration process to complete" on a Network Load Balancer. */
    private static final Duration NETWORK_REGISTRATION_MIN = Duration.ofSeconds(30);
    private static final Duration NETWORK_REGISTRATION_MAX = Duration.ofSeconds(90);

    private final SimContext context;
    private TargetProbe probe = TargetProbe.NOBODY;
    private TargetHealthObserver observer = TargetHealthObserver.NONE;

    HealthChecks(SimContext context) {
        this.context = context;
    }

    void answerWith(TargetProbe probe, TargetHealthObserver observer) {
        this.probe = probe;
        this.observer = observer;
    }

    /** The group's load balancer is active: registration completes, then checks begin. */
    void startRegistration(TargetGroupState group, RegisteredTarget target, boolean networkLoadBalancer) {
        set(group, target, "initial", "Elb.RegistrationInProgress", "Target registration is in progress");
        Duration registration = networkLoadBalancer
                ? context.random().between(NETWORK_REGISTRATION_MIN, NETWORK_REGISTRATION_MAX)
                : context.random().between(APPLICATION_REGISTRATION_MIN, APPLICATION_REGISTRATION_MAX);
        Duration firstCheck = context.random().between(Duration.ofSeconds(1),
                Duration.ofSeconds(group.intervalSeconds));
        after(target, registration, () -> {
            target.checking = true;
            set(group, target, "initial", "Elb.InitialHealthChecking", "Initial health checks in progress");
            after(target, firstCheck, () -> check(group, target));
        });
    }

    /** Registered, but waiting: for its load balancer to become active, or for a load balancer at all. */
    void waitFor(TargetGroupState group, RegisteredTarget target, boolean inUse) {
        stop(target);
        if (inUse) {
            set(group, target, "initial", "Elb.RegistrationInProgress", "Target registration is in progress");
        } else {
            set(group, target, "unused", "Target.NotInUse",
                    "Target group is not configured to receive traffic from the load balancer");
        }
    }

    void draining(TargetGroupState group, RegisteredTarget target) {
        stop(target);
        set(group, target, "draining", "Target.DeregistrationInProgress", "Target deregistration is in progress");
    }

    /** The target is gone from the group; whoever registered it hears so. */
    void removed(TargetGroupState group, RegisteredTarget target) {
        stop(target);
        observer.healthChanged(group.key, target.id, target.port, new TargetHealth("unused", "Target.NotRegistered",
                "Target is not registered to the target group"));
    }

    private void stop(RegisteredTarget target) {
        target.nextCheck = null;
        target.checking = false;
        target.passes = 0;
        target.failures = 0;
    }

    private void check(TargetGroupState group, RegisteredTarget target) {
        TargetProbe.Answer answer = probe.probe(group.key, target.id, target.port,
                group.checksHttp() ? group.healthCheckPath : null);
        if (passes(group, answer)) {
            target.passes++;
            target.failures = 0;
            boolean recovered = "unhealthy".equals(target.state) && target.passes >= group.healthyThreshold;
            if ("initial".equals(target.state) || recovered) {
                set(group, target, "healthy", null, null);
            }
        } else {
            target.failures++;
            target.passes = 0;
            if (target.failures >= group.unhealthyThreshold || "unhealthy".equals(target.state)) {
                unhealthy(group, target, answer);
            }
        }
        after(target, Duration.ofSeconds(group.intervalSeconds), () -> check(group, target));
    }

    /** An HTTP check passes on a code its matcher accepts; a TCP check on any connection a healthy server takes. */
    private static boolean passes(TargetGroupState group, TargetProbe.Answer answer) {
        if (answer == TargetProbe.Answer.NO_ANSWER) {
            return false;
        }
        return group.checksHttp() ? SuccessCodes.accepts(group.matcher.httpCode(), answer.httpCode())
                : answer != TargetProbe.Answer.ERROR;
    }

    private void unhealthy(TargetGroupState group, RegisteredTarget target, TargetProbe.Answer answer) {
        if (!group.checksHttp()) {
            set(group, target, "unhealthy", "Target.FailedHealthChecks", "Health checks failed");
        } else if (answer != TargetProbe.Answer.NO_ANSWER) {
            set(group, target, "unhealthy", "Target.ResponseCodeMismatch",
                    "Health checks failed with these codes: [" + answer.httpCode() + "]");
        } else {
            set(group, target, "unhealthy", "Target.Timeout", "Request timed out");
        }
    }

    private void set(TargetGroupState group, RegisteredTarget target, String state, String reason,
                     String description) {
        boolean changed = !state.equals(target.state) || reason != null && !reason.equals(target.reason);
        target.state = state;
        target.reason = reason;
        target.description = description;
        if (changed) {
            observer.healthChanged(group.key, target.id, target.port, target.health());
        }
    }

    private void after(RegisteredTarget target, Duration delay, Runnable step) {
        Object token = new Object();
        target.nextCheck = token;
        context.schedule(context.nowMillis() + delay.toMillis(), () -> {
            if (target.nextCheck == token) {
                step.run();
            }
        });
    }
}
