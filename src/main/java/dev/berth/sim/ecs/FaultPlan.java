package dev.berth.sim.ecs;

import dev.berth.core.model.FaultKind;
import dev.berth.core.model.TaskDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The faults injected into a world, oldest first. The task lifecycle, the launcher and the scheduler ask it whether
 * a fault strikes a task at the moment the fault would show; each task struck uses up one occurrence. Ids are
 * sequential, so a replayed journal gives the same ids without drawing on the world's random stream.
 */
final class FaultPlan {
    private final List<FaultState> faults = new ArrayList<>();
    private int nextId = 1;

    String nextId() {
        return "fault-" + nextId++;
    }

    void add(FaultState fault) {
        faults.add(fault);
    }

    Optional<FaultState> find(String id) {
        return faults.stream().filter(f -> f.id.equals(id)).findFirst();
    }

    List<FaultState> active() {
        return faults.stream().filter(FaultState::active).toList();
    }

    /** The oldest active fault of one of {@code kinds} that strikes the task, with one occurrence used up. */
    Optional<FaultState> strike(Set<FaultKind> kinds, TaskState task) {
        return strike(kinds, task.cluster, task.service, task.definition);
    }

    Optional<FaultState> strike(Set<FaultKind> kinds, ClusterState cluster, ServiceState service,
                                TaskDefinition definition) {
        for (FaultState fault : faults) {
            if (kinds.contains(fault.kind) && fault.strikes(cluster, service, definition)) {
                fault.occurred++;
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }
}
