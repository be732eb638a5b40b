package dev.berth.ui.shell;

import java.time.Duration;

/**
 * How long the main window waits before re-reading real AWS: soon while something is on the move (a deployment
 * rolling, tasks starting or stopping), slower when all is stable, and backing off, doubling each time, while AWS
 * throttles or calls had to be retried. The simulator runs on the caller's own fixed interval.
 */
final class RefreshPace {
    static final Duration CHANGING = Duration.ofSeconds(5);
    static final Duration STABLE = Duration.ofSeconds(15);
    static final Duration FIRST_BACK_OFF = Duration.ofSeconds(30);
    static final Duration MOST = Duration.ofMinutes(2);

    private Duration backOff;

    Duration next(boolean changing, boolean throttled) {
        if (throttled) {
            backOff = backOff == null ? FIRST_BACK_OFF : min(backOff.multipliedBy(2), MOST);
            return backOff;
        }
        backOff = null;
        return changing ? CHANGING : STABLE;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
