package dev.berth.core.model;

/**
 * A fault to inject. {@code occurrences}: how many tasks it strikes (instance faults: how many container
 * instances); null means every matching one until the fault is cleared.
 */
public record InjectFaultRequest(FaultKind kind, FaultScope scope, Integer occurrences) {

    public static InjectFaultRequest untilCleared(FaultKind kind, FaultScope scope) {
        return new InjectFaultRequest(kind, scope, null);
    }
}
