package dev.berth.sim.ecs;

import dev.berth.core.model.ContainerOverride;
import dev.berth.core.model.Described;
import dev.berth.core.model.Failure;
import dev.berth.core.model.ListTasksRequest;
import dev.berth.core.model.Page;
import dev.berth.core.model.RunTaskRequest;
import dev.berth.core.model.RunTaskResult;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.TaskOverride;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** RunTask, StopTask, DescribeTasks and ListTasks. */
final class Tasks {
    private static final Set<String> DESIRED_STATUSES = Set.of("RUNNING", "PENDING", "STOPPED");

    private final ArnFactory arns;
    private final ClusterRegistry clusters;
    private final TaskDefinitionRegistry taskDefinitions;
    private final TaskLauncher launcher;
    private final TaskLifecycle lifecycle;
    private final TaskAccess access;

    Tasks(ArnFactory arns, ClusterRegistry clusters, TaskDefinitionRegistry taskDefinitions, TaskLauncher launcher,
          TaskLifecycle lifecycle, TaskAccess access) {
        this.arns = arns;
        this.clusters = clusters;
        this.taskDefinitions = taskDefinitions;
        this.launcher = launcher;
        this.lifecycle = lifecycle;
        this.access = access;
    }

    /** Tasks that cannot be placed on EC2 come back as failures (e.g. RESOURCE:MEMORY), not as an error. */
    RunTaskResult run(RunTaskRequest request) {
        ClusterState cluster = clusters.active(request.cluster());
        if (request.count() < 1 || request.count() > EcsLimits.RUN_TASK_COUNT) {
            throw EcsErrors.invalidParameter("count must be between 1 and " + EcsLimits.RUN_TASK_COUNT + ".");
        }
        TaskDefinition definition = taskDefinitions.forLaunch(request.taskDefinition(), "InvalidParameterException");
        LaunchConfiguration launch = LaunchConfiguration.resolve(request.launchType(),
                request.capacityProviderStrategy(), cluster);
        launch.check(definition, request.networkConfiguration(), request.platformVersion());
        access.unassumableRole(definition).ifPresent(reason -> {
            throw EcsErrors.client(reason);
        });
        EcsLimits.checkTags(request.tags());
        checkOverrides(request.overrides(), definition);
        boolean ec2LaunchType = "EC2".equals(launch.launchType());
        if (ec2LaunchType && cluster.containerInstances.values().stream().noneMatch(i -> "ACTIVE".equals(i.status))) {
            throw EcsErrors.invalidParameter("No Container Instances were found in your cluster.");
        }

        String group = request.group() == null ? "family:" + definition.family() : request.group();
        Map<String, Integer> tasksPerProvider = new HashMap<>();
        List<Task> started = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (int i = 0; i < request.count(); i++) {
            LaunchTarget target = launch.nextTarget(p -> tasksPerProvider.getOrDefault(p, 0));
            TaskLauncher.Launched launched = launcher.launch(new TaskLauncher.Spec(cluster, definition, target,
                    request.networkConfiguration(), group, request.startedBy(), null, null), null);
            if (launched.succeeded()) {
                override(launched.task(), request.overrides());
                started.add(launched.task().toTask());
                if (target.capacityProviderName() != null) {
                    tasksPerProvider.merge(target.capacityProviderName(), 1, Integer::sum);
                }
            } else {
                String arn = launched.closest() == null ? null : launched.closest().arn;
                failures.add(new Failure(arn, launched.failureReason(), null));
            }
        }
        return new RunTaskResult(started, failures);
    }

    /** Each override must name a container of the task definition, as AWS checks. */
    private static void checkOverrides(TaskOverride overrides, TaskDefinition definition) {
        if (overrides == null) {
            return;
        }
        for (ContainerOverride override : overrides.containerOverrides()) {
            if (definition.containerDefinitions().stream().noneMatch(c -> c.name().equals(override.name()))) {
                throw EcsErrors.invalidParameter("Override for container named " + override.name()
                        + " is not a container in the TaskDefinition.");
            }
        }
    }

    /** Launching drew nothing from the overrides, so laying them on just after keeps the world's history. */
    private static void override(TaskState task, TaskOverride overrides) {
        if (overrides == null) {
            return;
        }
        for (ContainerOverride override : overrides.containerOverrides()) {
            task.containers.stream().filter(c -> c.definition.name().equals(override.name()))
                    .forEach(c -> c.override(override.environment()));
        }
    }

    /** desiredStatus STOPPED at once; the task then winds down. A stopped task comes back as it is. */
    Task stop(String clusterName, String taskId, String reason) {
        ClusterState cluster = clusters.find(clusterName);
        TaskState task = taskId == null ? null : cluster.tasks.get(ArnFactory.lastSegment(taskId));
        if (task == null) {
            throw EcsErrors.invalidParameter("The referenced task was not found.");
        }
        lifecycle.stop(task, "UserInitiated", reason == null || reason.isEmpty() ? "Task stopped by user" : reason);
        return task.toTask();
    }

    Described<Task> describe(String clusterName, List<String> ids) {
        ClusterState cluster = clusters.find(clusterName);
        return BatchDescribe.describe("tasks", ids, EcsLimits.DESCRIBE_BATCH, cluster.tasks::get, TaskState::toTask,
                id -> arns.task(cluster.name, id));
    }

    /** desiredStatus defaults to RUNNING; PENDING is accepted and, as on AWS, matches nothing. */
    Page<String> list(ListTasksRequest request) {
        ClusterState cluster = clusters.find(request.cluster());
        String desiredStatus = request.desiredStatus() == null ? "RUNNING" : request.desiredStatus();
        if (!DESIRED_STATUSES.contains(desiredStatus)) {
            throw EcsErrors.invalidParameter("desiredStatus must be RUNNING, PENDING or STOPPED.");
        }
        Predicate<TaskState> filter = t -> desiredStatus.equals(t.desiredStatus);
        if (request.serviceName() != null) {
            ServiceState service = cluster.services.get(ArnFactory.lastSegment(request.serviceName()));
            if (service == null) {
                throw EcsErrors.serviceNotFound();
            }
            filter = filter.and(t -> t.service == service);
        }
        if (request.family() != null) {
            filter = filter.and(t -> t.definition.family().equals(request.family()));
        }
        if (request.containerInstance() != null) {
            String instance = ArnFactory.lastSegment(request.containerInstance());
            filter = filter.and(t -> t.containerInstance != null && t.containerInstance.id.equals(instance));
        }
        if (request.startedBy() != null) {
            filter = filter.and(t -> request.startedBy().equals(t.startedBy));
        }
        Collection<TaskState> candidates = desiredStatus.equals("RUNNING") ? cluster.desiredRunning.values()
                : cluster.tasks.values();
        List<String> arnList = candidates.stream().filter(filter).map(t -> t.arn).toList();
        int size = Pager.pageSize(request.maxResults(), EcsLimits.LIST_LIMIT, EcsLimits.LIST_LIMIT);
        return Pager.page(arnList, request.nextToken(), size);
    }
}
