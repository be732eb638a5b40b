package dev.berth.sim.ecs;

import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.rollout.DeploymentBounds;
import dev.berth.sim.SimContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The service scheduler: every tick, and right after CreateService and UpdateService, it moves each service toward
 * its desired count and its PRIMARY deployment within the deployment configuration's bounds (AWS-BEHAVIOUR.md §2.5):
 * at most {@code floor(D × max / 100)} tasks wanting to run, and never fewer than {@code ceil(D × min / 100)} healthy.
 */
final class EcsServiceScheduler {
    static final String STEADY = "steady";
    static final String UNPLACEABLE = "unplaceable";
    static final String STUCK = "stuck";

    private final SimContext context;
    private final TaskLauncher launcher;
    private final TaskLifecycle lifecycle;
    private final CircuitBreaker breaker;
    private final LoadBalancing loadBalancing;
    private final TaskAccess access;

    EcsServiceScheduler(SimContext context, TaskLauncher launcher, TaskLifecycle lifecycle, CircuitBreaker breaker,
                        LoadBalancing loadBalancing, TaskAccess access) {
        this.context = context;
        this.launcher = launcher;
        this.lifecycle = lifecycle;
        this.breaker = breaker;
        this.loadBalancing = loadBalancing;
        this.access = access;
    }

    /** One scheduler pass over a cluster: waiting tasks first, then every service in creation order. */
    void tick(ClusterState cluster) {
        placeAwaiting(cluster);
        for (ServiceState service : cluster.services.values()) {
            reconcile(service);
        }
    }

    /** Tasks waiting in PROVISIONING go where instances have room, services' tasks spread as the service spreads. */
    void placeAwaiting(ClusterState cluster) {
        if (!cluster.awaitingCapacity.isEmpty()) {
            launcher.placeAwaiting(cluster, task -> task.service == null ? null : spread(task.service));
        }
    }

    void reconcile(ServiceState service) {
        switch (service.status) {
            case "ACTIVE" -> rollOut(service);
            case "DRAINING" -> drain(service);
            default -> {
            }
        }
    }

    private void rollOut(ServiceState service) {
        DeploymentConfiguration configuration = service.deploymentConfiguration;
        int desired = service.desiredCount;
        DeploymentBounds bounds = DeploymentBounds.of(desired, configuration.minimumHealthyPercent(),
                configuration.maximumPercent());
        int minimumHealthy = bounds.minimumHealthy();
        int maximumTotal = bounds.maximumTotal();
        DeploymentState primary = service.primary();
        boolean deploying = service.deployments.size() > 1;

        List<TaskState> unhealthy = failingHealthChecks(service, primary);
        for (TaskState task : unhealthy) {
            if (!task.replacementQueued) {
                task.replacementQueued = true;
                service.awaitingReplacement.add(task);
            }
        }
        List<TaskState> draining = onDrainingInstances(service, unhealthy);
        int primaryActive = primary.activeCount();
        int primaryDraining = 0;
        for (TaskState task : draining) {
            if (task.deployment == primary) {
                primaryDraining++;
            }
        }
        int primaryKept = primaryActive - unhealthy.size() - primaryDraining;
        int active = deploying ? activeTasks(service).size() : primaryActive;
        int room = maximumTotal - active;
        int toStart = Math.min(room, desired - primaryKept);
        List<TaskState> started = new ArrayList<>();
        boolean unplaceable = false;
        if (toStart > 0 && !primary.failed() && service.throttle.allowsLaunchAt(context.nowMillis())) {
            unplaceable = !start(service, primary, toStart, started);
        }
        if (!unplaceable) {
            service.events.clear(UNPLACEABLE);
        }
        boolean surplus = deploying || primaryKept > desired;
        List<TaskState> stopped = new ArrayList<>();
        if (surplus) {
            stopped.addAll(stopSurplus(service, primary, unhealthy, minimumHealthy));
        }
        stopped.addAll(replaceUnhealthy(service, primary, unhealthy, room <= 0));
        stopped.addAll(moveOffDraining(service, draining, stopped, minimumHealthy));
        if (deploying) {
            service.deployments.removeIf(d -> !d.isPrimary() && d.tasks.isEmpty());
        }
        completeIfDone(service, primary);

        if (service.deployments.size() == 1 && primary.runsHealthy(desired)) {
            service.events.addWhile(STEADY, service.steadyStateEvent);
        } else {
            service.events.clear(STEADY);
        }
        boolean oldTasksLeftToReplace = false;
        for (DeploymentState deployment : service.deployments) {
            if (deployment != primary && deployment.activeCount() > 0) {
                oldTasksLeftToReplace = true;
                break;
            }
        }
        boolean stuck = oldTasksLeftToReplace && !primary.failed() && !unplaceable
                && started.isEmpty() && stopped.isEmpty()
                && activeTasks(service).stream().allMatch(TaskState::countsAsHealthy)
                && service.throttle.allowsLaunchAt(context.nowMillis());
        if (stuck) {
            service.events.addWhile(STUCK, "(service " + service.name + ") was unable to stop or start tasks during "
                    + "a deployment because of the service deployment configuration. Update the "
                    + "minimumHealthyPercent or maximumPercent value and try again.");
        } else {
            service.events.clear(STUCK);
        }
    }

    /** Starts up to {@code count} tasks of the deployment; false when a task could not be placed. */
    private boolean start(ServiceState service, DeploymentState deployment, int count, List<TaskState> started) {
        DeploymentSpec spec = deployment.spec;
        LaunchConfiguration launch = new LaunchConfiguration(spec.launchType(), spec.capacityProviderStrategy());
        Optional<String> unassumable = count > 0 ? access.unassumableRole(spec.taskDefinition()) : Optional.empty();
        if (unassumable.isPresent()) {
            service.events.addWhile(UNPLACEABLE, "(service " + service.name + ") failed to launch a task with (error "
                    + unassumable.get() + ").");
            breaker.placementFailed(service, deployment);
            return false;
        }
        boolean placedAll = true;
        for (int i = 0; i < count; i++) {
            LaunchTarget target = launch.nextTarget(provider -> (int) activeTasks(service).stream()
                    .filter(t -> provider.equals(t.capacityProviderName)).count());
            TaskLauncher.Launched launched = launcher.launch(new TaskLauncher.Spec(service.cluster,
                    spec.taskDefinition(), target, spec.networkConfiguration(), "service:" + service.name,
                    deployment.id, service, deployment), spread(service));
            if (!launched.succeeded()) {
                service.events.addWhile(UNPLACEABLE, unplaceableMessage(service, launched));
                breaker.placementFailed(service, deployment);
                placedAll = false;
                break;
            }
            started.add(launched.task());
        }
        if (!started.isEmpty()) {
            int replaced = 0;
            while (replaced < started.size() && service.awaitingReplacement.poll() != null) {
                replaced++;
            }
            service.events.add("(service " + service.name + ") has started " + started.size() + " tasks: "
                    + taskList(started) + "." + (replaced == 0 ? "" : " Amazon ECS replaced " + replaced
                    + " tasks due to an unhealthy status."));
        }
        return placedAll;
    }

    /**
     * Scales the PRIMARY in to the desired count (its unhealthy tasks are replaced, not scaled in), then stops older
     * deployments' tasks: those not (yet) healthy always, healthy ones only as far as the minimum healthy count
     * allows.
     */
    private List<TaskState> stopSurplus(ServiceState service, DeploymentState primary, List<TaskState> unhealthy,
                                        int minimumHealthy) {
        Map<String, Integer> tasksPerZone = tasksPerZone(activeTasks(service));
        List<TaskState> toStop = new ArrayList<>();
        List<TaskState> primaryTasks = primary.activeTasks();
        primaryTasks.removeAll(unhealthy);
        int excess = primaryTasks.size() - service.desiredCount;
        toStop.addAll(choose(primaryTasks, excess, tasksPerZone));

        List<TaskState> older = service.deployments.stream().filter(d -> d != primary)
                .flatMap(d -> d.activeTasks().stream()).toList();
        List<TaskState> notHealthy = older.stream().filter(t -> !t.countsAsHealthy()).toList();
        toStop.addAll(choose(notHealthy, notHealthy.size(), tasksPerZone));
        int healthy = (int) activeTasks(service).stream()
                .filter(t -> t.countsAsHealthy() && !toStop.contains(t)).count();
        List<TaskState> healthyOlder = older.stream().filter(TaskState::countsAsHealthy).toList();
        toStop.addAll(choose(healthyOlder, healthy - minimumHealthy, tasksPerZone));

        stopFailingHealthChecks(service, toStop.stream().filter(TaskState::failingHealthChecks).toList());
        stop(service, toStop.stream().filter(t -> !t.failingHealthChecks()).toList());
        return toStop;
    }

    /**
     * AWS's unhealthy task replacement: a replacement starts first when the maximum allows, and an unhealthy task
     * stops once a replacement is healthy; when the maximum leaves no room, unhealthy tasks stop one at a time to
     * make room (API reference, DeploymentConfiguration).
     */
    private List<TaskState> replaceUnhealthy(ServiceState service, DeploymentState primary,
                                             List<TaskState> unhealthy, boolean noRoom) {
        if (unhealthy.isEmpty()) {
            return List.of();
        }
        int healthy = (int) primary.activeTasks().stream().filter(TaskState::countsAsHealthy).count();
        int replacedByHealthy = healthy + unhealthy.size() - service.desiredCount;
        int count = Math.min(unhealthy.size(), Math.max(replacedByHealthy, noRoom ? 1 : 0));
        List<TaskState> toStop = unhealthy.subList(0, Math.max(0, count));
        stopFailingHealthChecks(service, toStop);
        return toStop;
    }

    /** The service's tasks, other than {@code unhealthy} ones, on container instances set to DRAINING. */
    private static List<TaskState> onDrainingInstances(ServiceState service, List<TaskState> unhealthy) {
        List<TaskState> draining = new ArrayList<>(0);
        for (TaskState task : activeTasks(service)) {
            if (task.containerInstance != null && "DRAINING".equals(task.containerInstance.status)
                    && !unhealthy.contains(task)) {
                draining.add(task);
            }
        }
        return draining;
    }

    /**
     * UpdateContainerInstancesState DRAINING: the service's tasks there that are not RUNNING yet stop at once; RUNNING
     * ones stop as far as the minimum healthy count allows, so with room under the maximum their replacements
     * (started because draining tasks no longer count) are healthy first.
     */
    private List<TaskState> moveOffDraining(ServiceState service, List<TaskState> draining, List<TaskState> stopping,
                                            int minimumHealthy) {
        if (draining.isEmpty()) {
            return List.of();
        }
        List<TaskState> toStop = new ArrayList<>(draining.stream().filter(t -> !t.isRunning()).toList());
        int healthy = (int) activeTasks(service).stream()
                .filter(t -> t.countsAsHealthy() && !stopping.contains(t) && !toStop.contains(t)).count();
        draining.stream().filter(TaskState::isRunning).limit(Math.max(0, healthy - minimumHealthy))
                .forEach(toStop::add);
        stop(service, toStop);
        return toStop;
    }

    /**
     * The PRIMARY's tasks that failed their container or load balancer health checks, once the grace period after
     * they started is over.
     */
    private List<TaskState> failingHealthChecks(ServiceState service, DeploymentState primary) {
        long graceMillis = service.healthCheckGracePeriodSeconds * 1000L;
        List<TaskState> failing = new ArrayList<>(0);
        for (TaskState task : primary.tasks) {
            if (task.failingHealthChecks() && task.wantsToRun()
                    && context.nowMillis() >= task.startedAt.toEpochMilli() + graceMillis) {
                failing.add(task);
            }
        }
        return failing;
    }

    /**
     * Picks {@code count} tasks to stop: tasks not yet running first, then unhealthy ones, each time from the zone
     * that has the most of the service's tasks, so the rest stay balanced across zones.
     */
    private static List<TaskState> choose(List<TaskState> candidates, int count, Map<String, Integer> tasksPerZone) {
        List<TaskState> remaining = new ArrayList<>(candidates);
        List<TaskState> chosen = new ArrayList<>();
        Comparator<TaskState> first = Comparator
                .comparingInt((TaskState t) -> t.isRunning() ? 1 : 0)
                .thenComparingInt(t -> t.countsAsHealthy() ? 1 : 0)
                .thenComparingInt(t -> -tasksPerZone.getOrDefault(String.valueOf(t.availabilityZone), 0));
        while (chosen.size() < count && !remaining.isEmpty()) {
            TaskState next = remaining.stream().min(first).orElseThrow();
            remaining.remove(next);
            chosen.add(next);
            tasksPerZone.merge(String.valueOf(next.availabilityZone), -1, Integer::sum);
        }
        return chosen;
    }

    private void completeIfDone(ServiceState service, DeploymentState primary) {
        boolean done = "IN_PROGRESS".equals(primary.rolloutState) && service.deployments.size() == 1
                && primary.runsHealthy(service.desiredCount);
        if (!done) {
            return;
        }
        primary.rolloutState = "COMPLETED";
        primary.rolloutStateReason = "ECS deployment " + primary.id + " completed.";
        primary.updatedAt = context.now();
        service.lastCompleted = primary;
        service.events.add("(service " + service.name + ") (deployment " + primary.id + ") deployment completed.");
    }

    /** A deleted service's tasks keep stopping; once none is starting or running the service is INACTIVE. */
    private void drain(ServiceState service) {
        stopAll(service);
        if (service.liveTasks().noneMatch(t -> t.isStarting() || t.isRunning())) {
            service.status = "INACTIVE";
        }
    }

    /** DeleteService: every task of the service is told to stop. */
    void stopAll(ServiceState service) {
        stop(service, activeTasks(service));
    }

    private void stop(ServiceState service, List<TaskState> toStop) {
        for (TaskState task : toStop) {
            lifecycle.stop(task, "ServiceSchedulerInitiated",
                    "Scaling activity initiated by (deployment " + task.deployment.id + ")");
        }
        reportStopped(service, toStop);
        loadBalancing.deregister(service, toStop);
    }

    /**
     * Events in the order AWS reports them [obs]; then each replaced task counts toward the circuit breaker's
     * stage 2, so a trip is reported after the stop that caused it. A task whose load balancer target failed is
     * reported as failing the ELB's health checks, otherwise its container's.
     */
    private void stopFailingHealthChecks(ServiceState service, List<TaskState> toStop) {
        for (TaskState task : toStop) {
            if (task.failedTargetGroup != null) {
                String failed = LoadBalancing.failedChecksIn(task);
                service.events.add("(service " + service.name + ") (task " + task.id + ") " + failed + ".");
                lifecycle.stop(task, "ServiceSchedulerInitiated", "Task " + failed);
            } else {
                service.events.add("(service " + service.name + ") (task " + task.id + ") failed container health "
                        + "checks.");
                lifecycle.stop(task, "ServiceSchedulerInitiated", StopReasons.CONTAINER_HEALTH_CHECKS_FAILED);
            }
        }
        reportStopped(service, toStop);
        loadBalancing.deregister(service, toStop);
        toStop.forEach(breaker::replacedUnhealthy);
    }

    private static void reportStopped(ServiceState service, List<TaskState> stopped) {
        if (!stopped.isEmpty()) {
            service.events.add("(service " + service.name + ") has stopped " + stopped.size() + " running tasks: "
                    + taskList(stopped) + ".");
        }
    }

    private TaskLauncher.Spread spread(ServiceState service) {
        return new TaskLauncher.Spread() {
            @Override
            public int tasksInZone(String zone) {
                return (int) activeTasks(service).stream().filter(t -> zone.equals(t.availabilityZone)).count();
            }

            @Override
            public int tasksOnInstance(ContainerInstanceState instance) {
                return (int) activeTasks(service).stream().filter(t -> t.containerInstance == instance).count();
            }
        };
    }

    private static String unplaceableMessage(ServiceState service, TaskLauncher.Launched launched) {
        if (StopReasons.FARGATE_CAPACITY_UNAVAILABLE.equals(launched.failureReason())) {
            return "(service " + service.name + ") was unable to place a task. Reason: "
                    + StopReasons.FARGATE_CAPACITY_UNAVAILABLE + ". For more information, see the Troubleshooting "
                    + "section of the Amazon ECS Developer Guide.";
        }
        if (TaskLauncher.NO_FREE_ADDRESS.equals(launched.failureReason()) && launched.closest() == null) {
            return "(service " + service.name + ") was unable to place a task. Reason: The subnets in the network "
                    + "configuration have no free IP addresses.";
        }
        String prefix = "(service " + service.name + ") was unable to place a task because no container instance "
                + "met all of its requirements.";
        String detail = launched.closest() == null
                ? " Reason: No Container Instances were found in your cluster."
                : " The closest matching (container-instance " + launched.closest().id + ") "
                + Placement.describeFailure(launched.failureReason());
        return prefix + detail + " For more information, see the Troubleshooting section of the Amazon ECS "
                + "Developer Guide.";
    }

    /**
     * Written as loops, like the other helpers each scheduler pass runs: a stream per call was most of the CPU of a
     * long replay, whose passes find nothing to do.
     */
    private static List<TaskState> activeTasks(ServiceState service) {
        List<TaskState> active = new ArrayList<>();
        for (DeploymentState deployment : service.deployments) {
            active.addAll(deployment.activeTasks());
        }
        return active;
    }

    private static Map<String, Integer> tasksPerZone(Collection<TaskState> tasks) {
        return tasks.stream().collect(Collectors.toMap(t -> String.valueOf(t.availabilityZone), t -> 1,
                Integer::sum, HashMap::new));
    }

    private static String taskList(List<TaskState> tasks) {
        return tasks.stream().map(t -> "(task " + t.id + ")").collect(Collectors.joining(" "));
    }
}
