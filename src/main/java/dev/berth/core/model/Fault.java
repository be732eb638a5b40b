package dev.berth.core.model;

import java.time.Instant;
import java.util.List;

/**
 * An injected fault as the simulator reports it. Scope names are resolved to ARNs. {@code occurred} counts the
 * tasks (or container instances) struck so far; {@code affectedContainerInstances} are the instance faults'
 * instances. A fault is active until cleared or, with {@code occurrences}, until it has struck that often; an agent
 * stays disconnected until its fault is cleared.
 */
public record Fault(
        String id,
        FaultKind kind,
        FaultScope scope,
        Integer occurrences,
        int occurred,
        List<String> affectedContainerInstances,
        boolean active,
        Instant injectedAt) {
    public Fault {
        affectedContainerInstances = List.copyOf(affectedContainerInstances);
    }
}
