package dev.berth.core.rollout;

import dev.berth.core.model.Service;
import dev.berth.core.model.Task;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What one refresh saw of a service: DescribeServices' answer, its tasks (wanting to run and stopped), and which of
 * their task definition ARNs have a container health check, at {@code at}, the time the reads finished.
 */
public record ServiceSnapshot(Instant at, Service service, List<Task> tasks, Set<String> healthCheckedDefinitions) {
    public ServiceSnapshot {
        tasks = List.copyOf(tasks);
        healthCheckedDefinitions = Set.copyOf(healthCheckedDefinitions);
    }
}
