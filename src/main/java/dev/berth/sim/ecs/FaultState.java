package dev.berth.sim.ecs;

import dev.berth.core.model.Fault;
import dev.berth.core.model.FaultKind;
import dev.berth.core.model.FaultScope;
import dev.berth.core.model.TaskDefinition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One injected fault and what it has struck so far. */
final class FaultState {
    final String id;
    final FaultKind kind;
    final ClusterState cluster;
    /** Null: every service of the cluster, and tasks RunTask started. */
    final ServiceState service;
    /** Null: every task definition. */
    final TaskDefinition definition;
    /** Null: every container instance the scope reaches. */
    final ContainerInstanceState instance;
    /** Null: until cleared. */
    final Integer occurrences;
    final Instant injectedAt;
    final List<ContainerInstanceState> affected = new ArrayList<>();
    int occurred;
    boolean cleared;

    FaultState(String id, FaultKind kind, ClusterState cluster, ServiceState service, TaskDefinition definition,
               ContainerInstanceState instance, Integer occurrences, Instant injectedAt) {
        this.id = id;
        this.kind = kind;
        this.cluster = cluster;
        this.service = service;
        this.definition = definition;
        this.instance = instance;
        this.occurrences = occurrences;
        this.injectedAt = injectedAt;
    }

    /** A disconnected agent stays disconnected until cleared; other faults also end when used up. */
    boolean active() {
        if (cleared) {
            return false;
        }
        boolean usedUp = occurrences != null && occurred >= occurrences;
        return kind == FaultKind.INSTANCE_AGENT_DISCONNECTED || !usedUp;
    }

    boolean strikes(ClusterState taskCluster, ServiceState taskService, TaskDefinition taskDefinition) {
        return active() && cluster == taskCluster && (service == null || service == taskService)
                && (definition == null || definition.taskDefinitionArn().equals(taskDefinition.taskDefinitionArn()));
    }

    Fault toFault() {
        FaultScope scope = new FaultScope(cluster.name, service == null ? null : service.name,
                definition == null ? null : definition.familyRevision(), instance == null ? null : instance.id);
        return new Fault(id, kind, scope, occurrences, occurred, affected.stream().map(i -> i.id).toList(), active(),
                injectedAt);
    }
}
