package dev.berth.sim.ecs;

import java.time.Duration;

/**
 * AWS's service throttle logic: when a service's tasks keep stopping before they reach RUNNING, launches are
 * retried further and further apart, at most 15 minutes apart. A task that reaches RUNNING, or a new deployment,
 * ends the back-off.
 */
final class ServiceThrottle {
    /** Failures tolerated before launches back off (sim). */
    static final int FAILURES_BEFORE_BACKOFF = 3;
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration LONGEST_DELAY = Duration.ofMinutes(15);

    private int consecutiveFailures;
    private long nextLaunchAtMillis;

    boolean allowsLaunchAt(long nowMillis) {
        return nowMillis >= nextLaunchAtMillis;
    }

    boolean backingOff() {
        return consecutiveFailures >= FAILURES_BEFORE_BACKOFF;
    }

    void recordFailure(long nowMillis) {
        consecutiveFailures++;
        if (backingOff()) {
            int doublings = Math.min(20, consecutiveFailures - FAILURES_BEFORE_BACKOFF);
            long delay = Math.min(LONGEST_DELAY.toMillis(), FIRST_DELAY.toMillis() << doublings);
            nextLaunchAtMillis = nowMillis + delay;
        }
    }

    void reset() {
        consecutiveFailures = 0;
        nextLaunchAtMillis = 0;
    }
}
