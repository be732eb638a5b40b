package dev.berth.sim.ecs;

import dev.berth.core.model.FaultKind;
import dev.berth.core.model.NetworkConfiguration;
import dev.berth.core.model.TaskDefinition;
import dev.berth.sim.SimContext;
import dev.berth.sim.SimRandom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Creates tasks: picks the subnet or container instance, reserves what the task needs there, gives awsvpc tasks
 * their network interface, and hands the task to the lifecycle.
 */
final class TaskLauncher {
    /** What to launch. {@code service} and {@code deployment} are null for RunTask. */
    record Spec(ClusterState cluster, TaskDefinition definition, LaunchTarget target, NetworkConfiguration network,
                String group, String startedBy, ServiceState service, DeploymentState deployment) {
    }

    /**
     * The task, or why it could not be placed: a RunTask failure reason and the container instance that came
     * closest; {@code closest} null means there was no instance to try, or (reason {@link #NO_FREE_ADDRESS}) no
     * free IP address in the task's subnets.
     */
    record Launched(TaskState task, String failureReason, ContainerInstanceState closest) {
        boolean succeeded() {
            return task != null;
        }
    }

    /** A service's spread: how many of its tasks each zone and instance already runs. */
    interface Spread {
        int tasksInZone(String zone);

        int tasksOnInstance(ContainerInstanceState instance);
    }

    static final String NO_FREE_ADDRESS = "RESOURCE:ENI";
    private static final Set<FaultKind> PLACEMENT_FAULTS =
            EnumSet.of(FaultKind.INSUFFICIENT_CPU, FaultKind.INSUFFICIENT_MEMORY);

    private final SimContext context;
    private final ArnFactory arns;
    private final Subnets subnets;
    private final TaskLifecycle lifecycle;
    private final FaultPlan faults;

    TaskLauncher(SimContext context, ArnFactory arns, Subnets subnets, TaskLifecycle lifecycle, FaultPlan faults) {
        this.context = context;
        this.arns = arns;
        this.subnets = subnets;
        this.lifecycle = lifecycle;
        this.faults = faults;
    }

    /** Launches one task; {@code spread} null places at random, as RunTask does. */
    Launched launch(Spec spec, Spread spread) {
        boolean awsvpc = "awsvpc".equals(spec.definition().networkMode());
        if (awsvpc && subnetsWithRoom(spec).isEmpty()) {
            return new Launched(null, NO_FREE_ADDRESS, null);
        }
        if (spec.target().isFargate()) {
            if (refusedPlacement(spec).isPresent()) {
                return new Launched(null, StopReasons.FARGATE_CAPACITY_UNAVAILABLE, null);
            }
            String subnet = chooseSubnet(subnetsWithRoom(spec), spread);
            TaskState task = create(spec, subnets.availabilityZone(subnet));
            task.networkInterface = networkInterface(subnet);
            lifecycle.start(task);
            return new Launched(task, null, null);
        }
        Placement.Outcome outcome = place(spec, spread);
        if (!outcome.placed() && !spec.target().waitsForCapacity()) {
            return new Launched(null, outcome.failureReason(), outcome.closest());
        }
        TaskState task = create(spec, null);
        if (outcome.placed()) {
            assign(task, outcome.instance());
        } else {
            task.awaitingCapacity = true;
            spec.cluster().awaitingCapacity.add(task);
        }
        lifecycle.start(task);
        return new Launched(task, null, null);
    }

    /** Places tasks waiting in PROVISIONING, oldest first, where instances now have room. */
    void placeAwaiting(ClusterState cluster, Function<TaskState, Spread> spreadOf) {
        Iterator<TaskState> waiting = cluster.awaitingCapacity.iterator();
        while (waiting.hasNext()) {
            TaskState task = waiting.next();
            Placement.Outcome outcome = place(specOf(task), spreadOf.apply(task));
            if (outcome.placed()) {
                waiting.remove();
                task.awaitingCapacity = false;
                assign(task, outcome.instance());
                task.version++;
                lifecycle.capacityFound(task);
            }
        }
    }

    private Placement.Outcome place(Spec spec, Spread spread) {
        List<ContainerInstanceState> candidates = spec.cluster().containerInstances.values().stream()
                .filter(i -> spec.target().capacityProviderName() == null
                        || spec.target().capacityProviderName().equals(i.capacityProviderName))
                .toList();
        List<String> zones = "awsvpc".equals(spec.definition().networkMode())
                ? subnetsWithRoom(spec).stream().map(subnets::availabilityZone).distinct().toList() : null;
        Placement.Requirements requirements = Placement.Requirements.of(spec.definition(), zones);
        Optional<FaultState> refused = refusedPlacement(spec);
        if (refused.isPresent()) {
            ContainerInstanceState closest = candidates.stream().filter(ContainerInstanceState::acceptsTasks)
                    .findFirst().orElse(null);
            String reason = refused.get().kind == FaultKind.INSUFFICIENT_CPU ? "RESOURCE:CPU" : "RESOURCE:MEMORY";
            return new Placement.Outcome(null, closest == null ? null : reason, closest);
        }
        return spread == null ? Placement.random(candidates, requirements, context.random())
                : Placement.spread(candidates, requirements, spread::tasksInZone, spread::tasksOnInstance);
    }

    /** An injected shortage: every instance (or Fargate) is out of the CPU or memory the task needs. */
    private Optional<FaultState> refusedPlacement(Spec spec) {
        return faults.strike(PLACEMENT_FAULTS, spec.cluster(), spec.service(), spec.definition());
    }

    private void assign(TaskState task, ContainerInstanceState instance) {
        task.containerInstance = instance;
        task.availabilityZone = instance.availabilityZone;
        task.reservation = Placement.reserve(instance, Placement.Requirements.of(task.definition, null));
        instance.tasks.add(task);
        if ("awsvpc".equals(task.definition.networkMode())) {
            String subnet = subnetsWithRoom(specOf(task)).stream()
                    .filter(s -> subnets.availabilityZone(s).equals(instance.availabilityZone))
                    .findFirst().orElseThrow();
            task.networkInterface = networkInterface(subnet);
        }
    }

    private TaskState create(Spec spec, String availabilityZone) {
        SimRandom random = context.random();
        String id = random.hex(32);
        String cluster = spec.cluster().name;
        List<ContainerState> containers = new ArrayList<>();
        spec.definition().containerDefinitions().forEach(c ->
                containers.add(new ContainerState(c, arns.container(cluster, id, random.uuid()))));
        TaskState task = new TaskState(id, arns.task(cluster, id), spec.cluster(), spec.definition(),
                spec.target().launchType(), spec.target().capacityProviderName(), spec.group(), spec.startedBy(),
                spec.service(), spec.deployment(), context.now(), containers);
        task.availabilityZone = availabilityZone;
        task.network = spec.network();
        spec.cluster().tasks.put(id, task);
        spec.cluster().desiredRunning.put(id, task);
        spec.cluster().notStopped.put(id, task);
        if (spec.deployment() != null) {
            spec.deployment().tasks.add(task);
        }
        return task;
    }

    private NetworkInterface networkInterface(String subnet) {
        SimRandom random = context.random();
        String address = subnets.allocateAddress(subnet, random);
        String mac = "0e:" + String.join(":", random.hex(2), random.hex(2), random.hex(2), random.hex(2),
                random.hex(2));
        return new NetworkInterface(random.uuid(), "eni-" + random.hex(17), subnet, address, mac,
                subnets.privateDnsName(address));
    }

    /** A service spreads its tasks over the zones of its subnets; RunTask takes any subnet. */
    private String chooseSubnet(List<String> candidates, Spread spread) {
        if (spread == null) {
            return context.random().pick(candidates);
        }
        return candidates.stream()
                .min(Comparator.comparingInt(s -> spread.tasksInZone(subnets.availabilityZone(s))))
                .orElseThrow();
    }

    /** The task's subnets that still have a free address; awsvpc tasks only. */
    private List<String> subnetsWithRoom(Spec spec) {
        NetworkConfiguration network = spec.network();
        return network == null || network.awsvpcConfiguration() == null ? List.of()
                : network.awsvpcConfiguration().subnets().stream().filter(subnets::hasFreeAddress).toList();
    }

    private static Spec specOf(TaskState task) {
        return new Spec(task.cluster, task.definition, new LaunchTarget(task.launchType, task.capacityProviderName),
                task.network, task.group, task.startedBy, task.service, task.deployment);
    }
}
