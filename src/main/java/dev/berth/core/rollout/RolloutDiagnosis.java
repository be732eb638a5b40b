package dev.berth.core.rollout;

import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.EcsInventory;
import dev.berth.core.model.Deployment;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceEvent;
import dev.berth.core.model.Task;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * "Why is this stuck?": reads a service, its tasks and its events the way an experienced operator would, and says in
 * plain words why its deployment is not progressing and what to change. Works the same on real AWS and the
 * simulator, since it only reads what DescribeServices and DescribeTasks return.
 */
public final class RolloutDiagnosis {
    /** Pulling and starting a task takes a minute or two; longer than this in PROVISIONING or PENDING is a wait. */
    private static final Duration SLOW_START = Duration.ofMinutes(5);
    /** Only recent evidence counts: a pull error from yesterday does not explain today's rollout. */
    private static final int RECENT_EVENTS = 10;

    private RolloutDiagnosis() {
    }

    public enum Verdict {
        /** The service is where it wants to be. */
        STEADY,
        /** A deployment is moving; nothing is wrong yet. */
        PROGRESSING,
        /** Something keeps it from reaching its desired state; the findings say what. */
        STUCK,
        /** The deployment circuit breaker gave up on it. */
        FAILED
    }

    /** One reason, with the evidence it rests on and what to change. */
    public record Finding(String title, String explanation, String evidence, String fix) {
    }

    public record Diagnosis(Verdict verdict, String headline, List<Finding> findings) {
    }

    /**
     * Reads the service and its running and recently stopped tasks, then diagnoses it: three to five calls. Empty
     * when the service does not exist.
     */
    public static Optional<Diagnosis> read(EcsGateway ecs, String cluster, String service, Instant now) {
        EcsInventory inventory = new EcsInventory(ecs);
        return ecs.describeServices(cluster, List.of(service)).items().stream().findFirst().map(found -> {
            List<Task> tasks = new ArrayList<>(inventory.serviceTasks(cluster, service, "RUNNING"));
            tasks.addAll(inventory.serviceTasks(cluster, service, "STOPPED"));
            return of(found, tasks, now);
        });
    }

    /**
     * @param tasks the service's tasks, running and recently stopped (as ListTasks with the service name and
     *              DescribeTasks give them)
     */
    public static Diagnosis of(Service service, List<Task> tasks, Instant now) {
        String name = service.serviceName();
        if (!"ACTIVE".equals(service.status())) {
            return new Diagnosis(Verdict.STUCK, name + " is " + service.status() + ".", List.of(new Finding(
                    "The service is being deleted",
                    "A service that is not ACTIVE starts no tasks; ECS stops the ones it has and then removes it.",
                    "status " + service.status(), "Create the service again if it is still needed.")));
        }
        Deployment primary = service.deployments().stream()
                .filter(deployment -> "PRIMARY".equals(deployment.status())).findFirst().orElse(null);
        if (primary == null) {
            return new Diagnosis(Verdict.STUCK, name + " has no primary deployment.", List.of());
        }
        // After the breaker trips with rollback, the failed deployment is ACTIVE and the rollback is PRIMARY: the
        // failed one is what the user asks about.
        Deployment failed = service.deployments().stream()
                .filter(deployment -> "FAILED".equals(deployment.rolloutState())).findFirst().orElse(null);
        Deployment focus = failed == null ? primary : failed;
        List<Finding> findings = new ArrayList<>();
        boundsLeaveNoRoom(service, primary).ifPresent(findings::add);
        findings.addAll(stoppedTaskReasons(focus, tasks));
        placementFailures(service).ifPresent(findings::add);
        unassumableRole(service).ifPresent(findings::add);
        slowStarts(primary, tasks, now).ifPresent(findings::add);
        if (failed != null) {
            findings.add(0, breakerFinding(failed, primary));
            return new Diagnosis(Verdict.FAILED, "The deployment of " + revision(failed.taskDefinition())
                    + " failed: " + Objects.requireNonNullElse(failed.rolloutStateReason(), "rollout FAILED"),
                    List.copyOf(findings));
        }
        boolean settled = service.deployments().size() == 1 && primary.runningCount() == primary.desiredCount()
                && service.pendingCount() == 0;
        if (settled) {
            return new Diagnosis(Verdict.STEADY, name + " is steady: " + primary.runningCount() + " of "
                    + primary.desiredCount() + " tasks of " + revision(primary.taskDefinition()) + " running.",
                    List.of());
        }
        if (!findings.isEmpty()) {
            return new Diagnosis(Verdict.STUCK, name + " is not reaching its desired state: "
                    + findings.size() + (findings.size() == 1 ? " reason." : " reasons."), List.copyOf(findings));
        }
        return new Diagnosis(Verdict.PROGRESSING, name + " is rolling out " + revision(primary.taskDefinition())
                + ": " + primary.runningCount() + " of " + primary.desiredCount()
                + " new tasks running, nothing in its way so far.", List.of());
    }

    private static Optional<Finding> boundsLeaveNoRoom(Service service, Deployment primary) {
        if (service.deployments().size() < 2 || service.deploymentConfiguration() == null) {
            return Optional.empty();
        }
        int min = service.deploymentConfiguration().minimumHealthyPercent();
        int max = service.deploymentConfiguration().maximumPercent();
        DeploymentBounds bounds = DeploymentBounds.of(primary.desiredCount(), min, max);
        if (bounds.maximumTotal() > bounds.desiredCount() || bounds.minimumHealthy() < bounds.desiredCount()) {
            return Optional.empty();
        }
        return Optional.of(new Finding("The deployment settings leave no room to replace a task",
                "With " + bounds.desiredCount() + " desired tasks, minimum healthy " + min + "% keeps at least "
                        + bounds.minimumHealthy() + " running, and maximum " + max + "% allows at most "
                        + bounds.maximumTotal() + " at once. ECS can neither start a new task before stopping an "
                        + "old one nor stop one first, so the old tasks stay.",
                "minimumHealthyPercent " + min + ", maximumPercent " + max + ", desiredCount "
                        + bounds.desiredCount(),
                "Update the service with a maximum percent above 100 (for example 200) to start new tasks first, "
                        + "or a minimum healthy percent below 100 to stop old ones first."));
    }

    /** Stopped tasks of the new revision, grouped by what stopped them. */
    private static List<Finding> stoppedTaskReasons(Deployment primary, List<Task> tasks) {
        Map<String, List<Task>> byCause = new LinkedHashMap<>();
        tasks.stream()
                .filter(task -> "STOPPED".equals(task.lastStatus())
                        && Objects.equals(task.taskDefinitionArn(), primary.taskDefinition())
                        && task.stoppedReason() != null
                        && !task.stoppedReason().startsWith("Scaling activity")
                        && !"UserInitiated".equals(task.stopCode()))
                .sorted(Comparator.comparing(Task::stoppedAt, Comparator.nullsFirst(Comparator.reverseOrder())))
                .forEach(task -> byCause.computeIfAbsent(cause(task.stoppedReason()), key -> new ArrayList<>())
                        .add(task));
        List<Finding> findings = new ArrayList<>();
        byCause.forEach((cause, stopped) -> findings.add(stoppedFinding(cause, stopped)));
        return findings;
    }

    private static String cause(String stoppedReason) {
        if (stoppedReason.contains("ecr:GetAuthorizationToken")) {
            return "ecr-auth";
        }
        if (stoppedReason.contains("set up EFS volumes") || stoppedReason.contains("VolumeDriver.Create")) {
            return "efs";
        }
        if (stoppedReason.startsWith("CannotPullContainerError")) {
            return "pull";
        }
        if (stoppedReason.startsWith("ResourceInitializationError")) {
            return "init";
        }
        if (stoppedReason.contains("health checks")) {
            return "health";
        }
        if (stoppedReason.startsWith("Essential container in task exited")) {
            return "exit";
        }
        if (stoppedReason.startsWith("Host EC2")) {
            return "host";
        }
        return stoppedReason;
    }

    private static Finding stoppedFinding(String cause, List<Task> stopped) {
        Task latest = stopped.get(0);
        String count = stopped.size() + (stopped.size() == 1 ? " new task" : " new tasks");
        String evidence = "Task " + taskId(latest.taskArn()) + ": " + latest.stoppedReason();
        return switch (cause) {
            case "pull" -> new Finding("The image cannot be pulled",
                    count + " stopped before starting because the container image could not be pulled: the "
                            + "repository or tag does not exist, or the registry refused the pull.",
                    evidence, "Check the image name and tag in the task definition, push the image if it is "
                            + "missing, then register a revision and update the service.");
            case "ecr-auth" -> new Finding("The execution role cannot pull from ECR",
                    count + " stopped before starting: the role the agent pulls the image with ("
                            + assumedRole(latest.stoppedReason()) + ") may not call ecr:GetAuthorizationToken, so "
                            + "it cannot log in to the private ECR registry.",
                    evidence, "Attach the AmazonECSTaskExecutionRolePolicy managed policy to that role in IAM (on "
                            + "EC2 without an execution role, the instance role needs "
                            + "AmazonEC2ContainerServiceforEC2Role). New tasks use the role as it is then; no new "
                            + "revision is needed.");
            case "efs" -> new Finding("The EFS volume cannot be mounted",
                    count + " stopped before starting: the task's EFS file system does not exist, or it has no "
                            + "mount target in the Availability Zone the task was placed in.",
                    evidence, "Check the file system ID in the task definition's volumes, and give the file "
                            + "system a mount target in every Availability Zone of the service's subnets or "
                            + "instances.");
            case "init" -> new Finding("The task execution role cannot do its job",
                    count + " stopped while ECS prepared them: the task execution role could not fetch the "
                            + "registry credentials, secrets or log configuration the task needs.",
                    evidence, "Give the task definition an execution role with the "
                            + "AmazonECSTaskExecutionRolePolicy managed policy (ecr:GetAuthorizationToken, "
                            + "image pull, logs) and register a revision.");
            case "health" -> new Finding("The health check fails",
                    count + " started but failed their health check and were replaced; ECS keeps trying.",
                    evidence, "Check the health check command or the target group's path and port, and give "
                            + "slow starters a longer health check grace period.");
            case "exit" -> new Finding("The container exits on start",
                    count + " started and their essential container exited, so ECS stopped the task.",
                    evidence + exitCode(latest), "Read the container's logs for why it exits (wrong command, "
                            + "missing configuration), fix the image or task definition, and register a revision.");
            case "host" -> new Finding("The instance under the tasks went away",
                    count + " stopped because their EC2 instance was terminated; ECS places replacements.",
                    evidence, "Nothing to fix if capacity comes back; otherwise check the Auto Scaling group.");
            default -> new Finding("New tasks keep stopping", count + " stopped: " + cause, evidence,
                    "Read the stopped reason and the service events.");
        };
    }

    private static String exitCode(Task task) {
        return task.containers().stream().filter(container -> container.exitCode() != null)
                .map(container -> " (container " + container.name() + " exit code " + container.exitCode() + ")")
                .findFirst().orElse("");
    }

    private static Optional<Finding> placementFailures(Service service) {
        return service.events().stream().limit(RECENT_EVENTS).map(ServiceEvent::message)
                .filter(message -> message.contains("unable to place a task")).findFirst()
                .filter(message -> !message.contains("CannotPull") && !message.contains("ResourceInitializationError")
                        && !message.contains("CannotCreateContainerError"))
                .map(message -> {
                    boolean noInstances = message.contains("No Container Instances were found");
                    boolean resources = message.contains("insufficient");
                    String explanation = noInstances
                            ? "The service uses the EC2 launch type but the cluster has no container instances "
                            + "registered, so there is nowhere to place a task."
                            : resources
                            ? "No container instance has enough free CPU or memory (or the port the task needs) "
                            + "for another task."
                            : "ECS could not find capacity that meets the task's requirements.";
                    String fix = noInstances || resources
                            ? "Add capacity (raise the Auto Scaling group's desired size, or use a capacity "
                            + "provider with managed scaling), or ask for less CPU and memory in the task "
                            + "definition; with a fixed host port, only one task fits per instance."
                            : "Check the subnets, the capacity providers and the placement constraints.";
                    return new Finding("A task cannot be placed", explanation, message, fix);
                });
    }

    /** ECS could not assume the task's execution or task role, so it launched nothing. */
    private static Optional<Finding> unassumableRole(Service service) {
        return service.events().stream().limit(RECENT_EVENTS).map(ServiceEvent::message)
                .filter(message -> message.contains("ECS was unable to assume the role")).findFirst()
                .map(message -> new Finding("ECS cannot assume the task's role",
                        "The task definition names an execution or task role that IAM does not have, or whose "
                                + "trust policy does not let ECS tasks (ecs-tasks.amazonaws.com) assume it, so no "
                                + "task is launched.", message,
                        "Create the role in IAM with ecs-tasks.amazonaws.com as its trusted service (or fix the "
                                + "ARN and register a revision)."));
    }

    /** The role in an AccessDenied message's "assumed-role/NAME/session", or "its execution role". */
    private static String assumedRole(String reason) {
        int start = reason.indexOf("assumed-role/");
        if (start < 0) {
            return "its execution role";
        }
        int nameStart = start + "assumed-role/".length();
        return reason.substring(nameStart, reason.indexOf('/', nameStart));
    }

    private static Optional<Finding> slowStarts(Deployment primary, List<Task> tasks, Instant now) {
        List<Task> waiting = tasks.stream()
                .filter(task -> Objects.equals(task.taskDefinitionArn(), primary.taskDefinition())
                        && ("PROVISIONING".equals(task.lastStatus()) || "PENDING".equals(task.lastStatus()))
                        && task.createdAt() != null
                        && Duration.between(task.createdAt(), now).compareTo(SLOW_START) > 0)
                .toList();
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        Task first = waiting.get(0);
        boolean provisioning = "PROVISIONING".equals(first.lastStatus());
        return Optional.of(new Finding(provisioning ? "Tasks are waiting for capacity"
                        : "Tasks are slow to start",
                waiting.size() + " new task(s) have been " + first.lastStatus() + " for more than "
                        + SLOW_START.toMinutes() + " minutes. " + (provisioning
                        ? "A task stays PROVISIONING while its capacity provider scales out or its network "
                        + "interface is attached."
                        : "A task stays PENDING while its image is pulled and its containers start."),
                "Task " + taskId(first.taskArn()) + " " + first.lastStatus() + " since " + first.createdAt(),
                provisioning ? "Check the capacity provider's Auto Scaling group can grow (its maximum size)."
                        : "Check the image size and the registry's reachability from the subnets."));
    }

    private static Finding breakerFinding(Deployment failed, Deployment primary) {
        boolean rolledBack = failed != primary;
        return new Finding("The deployment circuit breaker tripped",
                failed.failedTasks() + " tasks of this deployment failed to start, reaching the breaker's "
                        + "threshold of " + DeploymentBounds.circuitBreakerThreshold(failed.desiredCount())
                        + " (half the desired count, at least 3, at most 200). " + (rolledBack
                        ? "ECS is rolling back to " + revision(primary.taskDefinition()) + ", the last deployment "
                        + "that completed."
                        : "Rollback is off, so the service stays on the failed deployment."),
                Objects.requireNonNullElse(failed.rolloutStateReason(), "rolloutState FAILED"),
                "Fix the cause below, register a new revision and update the service with it.");
    }

    private static String revision(String taskDefinitionArn) {
        return taskDefinitionArn.substring(taskDefinitionArn.lastIndexOf('/') + 1);
    }

    private static String taskId(String taskArn) {
        return taskArn.substring(taskArn.lastIndexOf('/') + 1);
    }
}
