package dev.berth.sim.ecs;

import dev.berth.core.model.FaultKind;
import dev.berth.core.model.FeedKind;
import dev.berth.core.model.HealthCheck;
import dev.berth.sim.SimContext;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Moves tasks through PROVISIONING → PENDING → ACTIVATING → RUNNING → DEACTIVATING → STOPPING → DEPROVISIONING →
 * STOPPED with the durations of AWS-BEHAVIOUR.md §2.4, drawn from the world's random stream. Each status change is a
 * scheduled event; stopping a task replaces whatever step it had scheduled next.
 */
final class TaskLifecycle {
    private static final Duration PROVISIONING_MIN = Duration.ofSeconds(10);
    private static final Duration PROVISIONING_MAX = Duration.ofSeconds(20);
    private static final Duration PENDING_MIN = Duration.ofSeconds(15);
    private static final Duration PENDING_MAX = Duration.ofSeconds(45);
    /** Fixed cost of a pull (registry round trips), before the layers themselves. */
    private static final double PULL_BASE_SECONDS = 6;
    private static final double PULL_MIB_PER_SECOND = 25;
    private static final Duration CONTAINER_START_MIN = Duration.ofSeconds(1);
    private static final Duration CONTAINER_START_MAX = Duration.ofSeconds(3);
    private static final Duration ACTIVATING_MIN = Duration.ofSeconds(2);
    private static final Duration ACTIVATING_MAX = Duration.ofSeconds(5);
    /** Without a load balancer there is nothing to deregister, so DEACTIVATING is brief. */
    private static final Duration DEACTIVATING_MIN = Duration.ofSeconds(1);
    private static final Duration DEACTIVATING_MAX = Duration.ofSeconds(3);
    private static final Duration STOPPING_MIN = Duration.ofSeconds(1);
    private static final Duration STOPPING_MAX = Duration.ofSeconds(10);
    private static final Duration DEPROVISIONING_MIN = Duration.ofSeconds(5);
    private static final Duration DEPROVISIONING_MAX = Duration.ofSeconds(15);
    private static final Duration REACTION_MIN = Duration.ofMillis(200);
    private static final Duration REACTION_MAX = Duration.ofSeconds(2);
    /** With no health check, the scheduler counts a task healthy this long after RUNNING. */
    static final Duration HEALTHY_WITHOUT_CHECK = Duration.ofSeconds(40);
    private static final int DEFAULT_HEALTH_CHECK_INTERVAL = 30;
    private static final int DEFAULT_HEALTH_CHECK_RETRIES = 3;
    /** An essential container that crashes on start does so this long after the task is RUNNING. */
    private static final Duration CRASH_MIN = Duration.ofSeconds(2);
    private static final Duration CRASH_MAX = Duration.ofSeconds(10);
    private static final Set<FaultKind> PULL_FAULTS =
            EnumSet.of(FaultKind.IMAGE_PULL_TAG_NOT_FOUND, FaultKind.IMAGE_PULL_ACCESS_DENIED);

    private final SimContext context;
    private final ImageRegistry images;
    private final Subnets subnets;
    private final TaskObserver observer;
    private final FaultPlan faults;
    private final LoadBalancing loadBalancing;
    private final TaskHooks hooks;
    private final TaskAccess access;

    TaskLifecycle(SimContext context, ImageRegistry images, Subnets subnets, TaskObserver observer,
                  FaultPlan faults, LoadBalancing loadBalancing, TaskHooks hooks, TaskAccess access) {
        this.context = context;
        this.images = images;
        this.subnets = subnets;
        this.observer = observer;
        this.faults = faults;
        this.loadBalancing = loadBalancing;
        this.hooks = hooks;
        this.access = access;
    }

    /** Starts a new task: awsvpc tasks provision an ENI first; EC2 bridge and host tasks go straight to PENDING. */
    void start(TaskState task) {
        if (task.networkInterface != null || task.awaitingCapacity) {
            task.lastStatus = "PROVISIONING";
            hooks.changed(task);
            if (!task.awaitingCapacity) {
                after(task, random(PROVISIONING_MIN, PROVISIONING_MAX), this::pending);
            }
        } else {
            pending(task);
        }
    }

    /** A task that waited in PROVISIONING for capacity has been placed. */
    void capacityFound(TaskState task) {
        after(task, random(PROVISIONING_MIN, PROVISIONING_MAX), this::pending);
    }

    /** StopTask or the service scheduler: desiredStatus STOPPED at once, then the task winds down. */
    void stop(TaskState task, String stopCode, String reason) {
        if (!task.wantsToRun()) {
            return;
        }
        markStopping(task, stopCode, reason);
        switch (task.lastStatus) {
            case "PROVISIONING" -> {
                task.cluster.awaitingCapacity.remove(task);
                after(task, reaction(), this::releaseNetwork);
            }
            case "PENDING" -> after(task, reaction(), this::stopping);
            case "ACTIVATING" -> after(task, reaction(), task.targets.isEmpty() ? this::stopping
                    : this::deactivating);
            default -> after(task, reaction(), this::deactivating);
        }
    }

    /** PENDING covers the image pull and creating the containers; together they take 15–45 s. */
    private void pending(TaskState task) {
        change(task, "PENDING");
        task.pullStartedAt = context.now();
        Duration pull = pullTime(task);
        Optional<String> failure = faults.strike(PULL_FAULTS, task).map(fault -> injectedPullFailure(fault, task))
                .or(() -> access.startFailure(task))
                .or(() -> task.containers.stream().map(c -> images.pullFailure(c.definition.image()))
                        .flatMap(Optional::stream).findFirst());
        if (failure.isPresent()) {
            after(task, pull, t -> failedToStart(t, failure.get()));
            return;
        }
        Duration containerStart = random(CONTAINER_START_MIN, CONTAINER_START_MAX);
        Duration pullWithinBounds = clamp(pull, PENDING_MIN.minus(containerStart), PENDING_MAX.minus(containerStart));
        after(task, pullWithinBounds, t -> {
            t.pullStoppedAt = context.now();
            t.version++;
            after(t, containerStart, this::activating);
        });
    }

    /** A service task behind a load balancer registers as its target here. */
    private void activating(TaskState task) {
        change(task, "ACTIVATING");
        if (task.behindLoadBalancer()) {
            loadBalancing.register(task);
        }
        after(task, random(ACTIVATING_MIN, ACTIVATING_MAX), this::running);
    }

    private void running(TaskState task) {
        task.startedAt = context.now();
        change(task, "RUNNING");
        NetworkBindings.of(task).forEach((container, bindings) -> {
            container.lastStatus = "RUNNING";
            container.networkBindings = bindings;
        });
        Object step = task.nextStep;
        boolean checked = task.hasHealthCheck() || task.behindLoadBalancer();
        task.failsHealthChecks = checked
                && faults.strike(EnumSet.of(FaultKind.CONTAINER_HEALTH_CHECK_FAILS), task).isPresent();
        if (task.failsHealthChecks && task.hasHealthCheck()) {
            context.schedule(context.nowMillis() + unhealthyAfter(task).toMillis(), () -> unhealthy(task, step));
        } else if (!task.failsHealthChecks) {
            context.schedule(context.nowMillis() + untilContainersHealthy(task).toMillis(), () -> healthy(task, step));
        }
        if (task.service != null) {
            observer.taskRunning(task);
            access.applicationDenials(task).forEach(denial -> task.service.events.add("(service "
                    + task.service.name + ") (task " + task.id + ") application log: " + denial));
        }
        if (faults.strike(EnumSet.of(FaultKind.ESSENTIAL_CONTAINER_EXITS), task).isPresent()) {
            after(task, random(CRASH_MIN, CRASH_MAX), this::essentialContainerExited);
        }
        task.containers.stream().filter(c -> c.definition.isEssential() && c.jobSeconds() > 0).findFirst()
                .ifPresent(job -> after(task, Duration.ofSeconds(job.jobSeconds()), t -> jobFinished(t, job)));
    }

    /**
     * A {@link JobWork job} container is done: it exits with the code its work ended with, and its task stops. Its
     * application calls AWS with the task role first, as {@link dev.berth.core.model.SimulatedApplication} says; a
     * denied call is logged in the cluster's feed and the job exits with code 1 without doing its work.
     */
    private void jobFinished(TaskState task, ContainerState job) {
        List<String> denials = access.applicationDenials(task);
        denials.forEach(denial -> context.feed().record(task.cluster.name, FeedKind.TASK, "task " + task.id,
                "Task " + task.id + " (" + task.definition.family() + ":" + task.definition.revision()
                        + ") application log: " + denial));
        int exitCode = denials.isEmpty()
                ? hooks.jobs().finish(task.toTask(), job.definition.name(), Map.copyOf(job.environment)) : 1;
        job.lastStatus = "STOPPED";
        job.exitCode = exitCode;
        stop(task, "EssentialContainerExited", StopReasons.ESSENTIAL_CONTAINER_EXITED);
        boolean spot = "FARGATE_SPOT".equals(task.capacityProviderName);
        if (spot && faults.strike(EnumSet.of(FaultKind.FARGATE_SPOT_INTERRUPTION), task).isPresent()) {
            context.schedule(context.nowMillis() + reaction().toMillis(), () -> spotInterrupted(task));
        }
    }

    /**
     * AWS takes the Fargate Spot capacity back: the task gets its two-minute warning (SIGTERM) and stops as any
     * stopped task does, within its stop timeout.
     */
    void spotInterrupted(TaskState task) {
        stop(task, "SpotInterruption", StopReasons.SPOT_INTERRUPTED);
    }

    /**
     * Behind a load balancer the target's health decides, so the containers count as healthy at once when they
     * have no check of their own; without either, the scheduler waits {@link #HEALTHY_WITHOUT_CHECK}.
     */
    private Duration untilContainersHealthy(TaskState task) {
        if (task.hasHealthCheck()) {
            return firstHealthCheck(task);
        }
        return task.behindLoadBalancer() ? Duration.ZERO : HEALTHY_WITHOUT_CHECK;
    }

    private void healthy(TaskState task, Object step) {
        if (task.nextStep != step || !task.isRunning()) {
            return;
        }
        task.healthy = true;
        if (task.hasHealthCheck()) {
            setCheckedContainers(task, "HEALTHY");
        }
        if (task.service != null && task.countsAsHealthy()) {
            observer.taskHealthy(task);
        }
    }

    /** The health check failed its retries: the task stays RUNNING until the service scheduler replaces it. */
    private void unhealthy(TaskState task, Object step) {
        if (task.nextStep != step || !task.isRunning()) {
            return;
        }
        task.unhealthy = true;
        setCheckedContainers(task, "UNHEALTHY");
    }

    private static void setCheckedContainers(TaskState task, String healthStatus) {
        task.containers.stream().filter(c -> c.definition.healthCheck() != null)
                .forEach(c -> c.healthStatus = healthStatus);
        task.version++;
    }

    /** The application exits with code 1; the agent stops the task because the container was essential. */
    private void essentialContainerExited(TaskState task) {
        ContainerState essential = task.containers.stream().filter(c -> c.definition.isEssential()).findFirst()
                .orElse(task.containers.get(0));
        essential.lastStatus = "STOPPED";
        essential.exitCode = 1;
        stop(task, "EssentialContainerExited", StopReasons.ESSENTIAL_CONTAINER_EXITED);
    }

    /**
     * The instance under the tasks is gone: they stop without winding down, and the containers report no exit code
     * because nothing was left to report one.
     */
    void hostTerminated(ContainerInstanceState instance) {
        String reason = StopReasons.hostTerminated(instance.ec2InstanceId);
        for (TaskState task : List.copyOf(instance.tasks)) {
            if (task.wantsToRun()) {
                markStopping(task, "TerminationNotice", reason);
            }
            task.containers.forEach(c -> c.lastStatus = "STOPPED");
            after(task, reaction(), this::stopped);
        }
    }

    /** Registry authentication comes before the pull, so an injected failure shows before the registry's own. */
    private String injectedPullFailure(FaultState fault, TaskState task) {
        if (fault.kind == FaultKind.IMAGE_PULL_ACCESS_DENIED) {
            return StopReasons.registryAuthDenied(context.settings().accountId(), task.definition.executionRoleArn(),
                    task.id, context.random().uuid());
        }
        return StopReasons.imageNotFound(task.containers.get(0).definition.image());
    }

    private void failedToStart(TaskState task, String reason) {
        markStopping(task, "TaskFailedToStart", reason);
        for (ContainerState container : task.containers) {
            container.lastStatus = "STOPPED";
            container.reason = reason;
        }
        if (task.service != null) {
            observer.taskFailedToStart(task);
        }
        releaseNetwork(task);
    }

    /**
     * A task behind a load balancer stays DEACTIVATING while its targets drain (the deregistration delay); one the
     * scheduler did not deregister (StopTask, a crashed container) is deregistered here.
     */
    private void deactivating(TaskState task) {
        change(task, "DEACTIVATING");
        if (task.targets.isEmpty()) {
            after(task, random(DEACTIVATING_MIN, DEACTIVATING_MAX), this::stopping);
            return;
        }
        if (LoadBalancing.registered(task)) {
            loadBalancing.deregister(task.service, List.of(task));
        }
        after(task, Duration.ofMillis(Math.max(0, task.drainedAtMillis - context.nowMillis())), this::stopping);
    }

    private void stopping(TaskState task) {
        change(task, "STOPPING");
        after(task, random(STOPPING_MIN, STOPPING_MAX), t -> {
            for (ContainerState container : t.containers) {
                if ("RUNNING".equals(container.lastStatus)) {
                    container.exitCode = 0;
                }
                container.lastStatus = "STOPPED";
            }
            releaseNetwork(t);
        });
    }

    /** An awsvpc task detaches its network interface (DEPROVISIONING) before it is STOPPED; others stop at once. */
    private void releaseNetwork(TaskState task) {
        if (task.networkInterface != null) {
            deprovisioning(task);
        } else {
            stopped(task);
        }
    }

    private void deprovisioning(TaskState task) {
        change(task, "DEPROVISIONING");
        after(task, random(DEPROVISIONING_MIN, DEPROVISIONING_MAX), this::stopped);
    }

    private void stopped(TaskState task) {
        if (LoadBalancing.registered(task)) {
            loadBalancing.deregister(task.service, List.of(task));
        }
        task.nextStep = null;
        task.stoppedAt = context.now();
        for (ContainerState container : task.containers) {
            container.lastStatus = "STOPPED";
        }
        change(task, "STOPPED");
        if (task.networkInterface != null) {
            subnets.release(task.networkInterface.subnetId(), task.networkInterface.privateIpv4Address());
        }
        if (task.containerInstance != null) {
            Placement.release(task.containerInstance, task.reservation);
            task.containerInstance.tasks.remove(task);
        }
        if (task.deployment != null) {
            task.deployment.tasks.remove(task);
        }
        task.cluster.retainStopped(task);
    }

    private void markStopping(TaskState task, String stopCode, String reason) {
        task.desiredStatus = "STOPPED";
        task.cluster.desiredRunning.remove(task.id);
        task.stoppingAt = context.now();
        task.stopCode = stopCode;
        task.stoppedReason = reason;
        task.version++;
        touchDeployment(task);
        context.feed().record(task.cluster.name, FeedKind.TASK, "task " + task.id, "Task " + task.id
                + (task.service != null ? " of service " + task.service.name : "") + " ("
                + task.definition.family() + ":" + task.definition.revision() + ") is stopping. Stop code: "
                + stopCode + ". Stopped reason: " + reason);
        hooks.changed(task);
    }

    private void change(TaskState task, String lastStatus) {
        task.lastStatus = lastStatus;
        task.version++;
        touchDeployment(task);
        hooks.changed(task);
    }

    private void touchDeployment(TaskState task) {
        if (task.deployment != null) {
            task.deployment.updatedAt = context.now();
        }
    }

    /** Schedules {@code step} for the task, replacing any step scheduled before. */
    private void after(TaskState task, Duration delay, Consumer<TaskState> step) {
        Object token = new Object();
        task.nextStep = token;
        context.schedule(context.nowMillis() + delay.toMillis(), () -> {
            if (task.nextStep == token) {
                step.accept(task);
            }
        });
    }

    /** Bigger images take longer; every container's image is pulled, the largest dominates. */
    private Duration pullTime(TaskState task) {
        int largest = task.containers.stream().mapToInt(c -> images.sizeMiB(c.definition.image())).max().orElse(0);
        double jitter = 0.9 + 0.2 * context.random().nextDouble();
        double seconds = (PULL_BASE_SECONDS + largest / PULL_MIB_PER_SECOND) * jitter;
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    private Duration firstHealthCheck(TaskState task) {
        return Duration.ofSeconds(healthChecks(task).mapToInt(TaskLifecycle::interval).max()
                .orElse(DEFAULT_HEALTH_CHECK_INTERVAL));
    }

    /**
     * Docker runs a check every interval; failures inside the start period do not count, and the retries-th counted
     * failure in a row marks the container UNHEALTHY. The slowest container decides.
     */
    private static Duration unhealthyAfter(TaskState task) {
        return Duration.ofSeconds(healthChecks(task).mapToLong(check -> {
            int interval = interval(check);
            int startPeriod = check.startPeriod() == null ? 0 : check.startPeriod();
            int retries = check.retries() == null ? DEFAULT_HEALTH_CHECK_RETRIES : check.retries();
            long firstCounted = Math.max(1, (startPeriod + interval - 1) / interval);
            return (firstCounted + retries - 1) * interval;
        }).max().orElse(0));
    }

    private static Stream<HealthCheck> healthChecks(TaskState task) {
        return task.containers.stream().map(c -> c.definition.healthCheck()).filter(Objects::nonNull);
    }

    private static int interval(HealthCheck check) {
        return check.interval() == null ? DEFAULT_HEALTH_CHECK_INTERVAL : check.interval();
    }

    private Duration reaction() {
        return random(REACTION_MIN, REACTION_MAX);
    }

    private Duration random(Duration min, Duration max) {
        return context.random().between(min, max);
    }

    private static Duration clamp(Duration value, Duration min, Duration max) {
        return value.compareTo(min) < 0 ? min : value.compareTo(max) > 0 ? max : value;
    }
}
