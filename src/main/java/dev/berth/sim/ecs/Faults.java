package dev.berth.sim.ecs;

import dev.berth.core.model.Fault;
import dev.berth.core.model.FaultKind;
import dev.berth.core.model.FaultScope;
import dev.berth.core.model.InjectFaultRequest;
import dev.berth.core.model.TaskDefinition;
import dev.berth.sim.SimContext;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Injecting, clearing and listing faults. Task faults wait in the {@link FaultPlan} for the tasks they strike;
 * container instance faults strike their instances at once: a disconnected agent takes no new tasks until the fault
 * is cleared, and a terminated instance takes its tasks down with it.
 */
final class Faults {
    private final SimContext context;
    private final ClusterRegistry clusters;
    private final TaskDefinitionRegistry taskDefinitions;
    private final FaultPlan plan;
    private final TaskLifecycle lifecycle;
    private final Ec2Fleet fleet;

    Faults(SimContext context, ClusterRegistry clusters, TaskDefinitionRegistry taskDefinitions, FaultPlan plan,
           TaskLifecycle lifecycle, Ec2Fleet fleet) {
        this.context = context;
        this.clusters = clusters;
        this.taskDefinitions = taskDefinitions;
        this.plan = plan;
        this.lifecycle = lifecycle;
        this.fleet = fleet;
    }

    /** Checks everything before changing anything, so a refused fault is neither armed nor journaled. */
    Fault inject(InjectFaultRequest request) {
        if (request == null || request.kind() == null) {
            throw EcsErrors.invalidParameter("kind is required.");
        }
        FaultKind kind = request.kind();
        FaultScope scope = request.scope() == null ? FaultScope.cluster(null) : request.scope();
        ClusterState cluster = clusters.active(scope.cluster());
        ServiceState service = scope.service() == null ? null : service(cluster, scope.service());
        if (request.occurrences() != null && request.occurrences() < 1) {
            throw EcsErrors.invalidParameter("occurrences must be at least 1.");
        }
        boolean instanceFault = kind.target() == FaultKind.Target.CONTAINER_INSTANCE;
        if (instanceFault && scope.taskDefinition() != null) {
            throw EcsErrors.invalidParameter("A container instance fault cannot be narrowed to a task definition.");
        }
        if (!instanceFault && scope.containerInstance() != null) {
            throw EcsErrors.invalidParameter("Only container instance faults can be narrowed to a container "
                    + "instance.");
        }
        TaskDefinition definition = scope.taskDefinition() == null ? null
                : taskDefinitions.describe(scope.taskDefinition());
        boolean behindLoadBalancer = service != null && !service.loadBalancers().isEmpty();
        if (kind == FaultKind.CONTAINER_HEALTH_CHECK_FAILS && !behindLoadBalancer) {
            checkHealthChecked(definition != null ? definition
                    : service != null ? service.spec().taskDefinition() : null);
        }
        ContainerInstanceState instance = scope.containerInstance() == null ? null
                : instance(cluster, scope.containerInstance());
        List<ContainerInstanceState> targets = instanceFault
                ? targets(cluster, service, instance, request.occurrences()) : List.of();
        if (instanceFault && targets.isEmpty()) {
            throw EcsErrors.invalidParameter("No ACTIVE container instance with a connected agent runs "
                    + (service == null ? "in the cluster." : "tasks of the service."));
        }

        FaultState fault = new FaultState(plan.nextId(), kind, cluster, service, definition, instance,
                request.occurrences(), context.now());
        plan.add(fault);
        if (kind == FaultKind.FARGATE_SPOT_INTERRUPTION) {
            interruptRunningSpotTasks(fault);
        }
        for (ContainerInstanceState target : targets) {
            fault.affected.add(target);
            fault.occurred++;
            target.agentConnected = false;
            if (kind == FaultKind.INSTANCE_TERMINATED) {
                target.status = "INACTIVE";
                lifecycle.hostTerminated(target);
                fleet.replace(cluster, target);
            }
        }
        return fault.toFault();
    }

    /** The Spot tasks the fault reaches that already run are interrupted now; it strikes later ones as they start. */
    private void interruptRunningSpotTasks(FaultState fault) {
        List<TaskState> running = fault.cluster.tasks.values().stream()
                .filter(t -> "FARGATE_SPOT".equals(t.capacityProviderName) && t.isRunning() && t.wantsToRun()
                        && fault.strikes(t.cluster, t.service, t.definition))
                .toList();
        for (TaskState task : running) {
            if (fault.active()) {
                fault.occurred++;
                lifecycle.spotInterrupted(task);
            }
        }
    }

    /** A disconnected agent reconnects unless another active fault still holds it disconnected. */
    Fault clear(String faultId) {
        FaultState fault = plan.find(faultId)
                .orElseThrow(() -> EcsErrors.invalidParameter("The referenced fault was not found."));
        boolean wasActive = fault.active();
        fault.cleared = true;
        if (wasActive && fault.kind == FaultKind.INSTANCE_AGENT_DISCONNECTED) {
            List<ContainerInstanceState> stillHeld = plan.active().stream()
                    .filter(f -> f.kind == FaultKind.INSTANCE_AGENT_DISCONNECTED)
                    .flatMap(f -> f.affected.stream()).toList();
            fault.affected.stream().filter(i -> "ACTIVE".equals(i.status) && !stillHeld.contains(i))
                    .forEach(i -> i.agentConnected = true);
        }
        return fault.toFault();
    }

    List<Fault> list() {
        return plan.active().stream().map(FaultState::toFault).toList();
    }

    /**
     * The named instance, or the instances that run most of the scope's tasks; {@code count} null takes them all.
     */
    private static List<ContainerInstanceState> targets(ClusterState cluster, ServiceState service,
                                                        ContainerInstanceState named, Integer count) {
        Stream<ContainerInstanceState> candidates = named != null ? Stream.of(named)
                : cluster.containerInstances.values().stream();
        List<ContainerInstanceState> reachable = candidates.filter(ContainerInstanceState::acceptsTasks)
                .filter(i -> service == null || tasksOf(i, service) > 0)
                .sorted(Comparator.comparingLong(i -> service == null ? -i.tasks.size() : -tasksOf(i, service)))
                .toList();
        return count == null ? reachable : reachable.subList(0, Math.min(count, reachable.size()));
    }

    private static long tasksOf(ContainerInstanceState instance, ServiceState service) {
        return instance.tasks.stream().filter(t -> t.service == service).count();
    }

    private static ServiceState service(ClusterState cluster, String name) {
        ServiceState service = cluster.services.get(ArnFactory.lastSegment(name));
        if (service == null) {
            throw EcsErrors.serviceNotFound();
        }
        if (!service.isActive()) {
            throw EcsErrors.serviceNotActive();
        }
        return service;
    }

    private static ContainerInstanceState instance(ClusterState cluster, String idOrArn) {
        ContainerInstanceState instance = cluster.containerInstances.get(ArnFactory.lastSegment(idOrArn));
        if (instance == null) {
            throw EcsErrors.invalidParameter("The referenced container instance was not found.");
        }
        return instance;
    }

    /** A task without a container health check has nothing that could fail. */
    private static void checkHealthChecked(TaskDefinition definition) {
        if (definition != null && definition.containerDefinitions().stream().allMatch(c -> c.healthCheck() == null)) {
            throw EcsErrors.invalidParameter("Task definition " + definition.familyRevision() + " has no container "
                    + "health check, so there is no health check to fail.");
        }
    }
}
