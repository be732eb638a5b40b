package dev.berth.sim.ecs;

import dev.berth.core.model.NetworkConfiguration;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A task as the simulator tracks it; {@link #toTask} is what DescribeTasks shows. */
final class TaskState {
    final String id;
    final String arn;
    final ClusterState cluster;
    final TaskDefinition definition;
    final String launchType;
    final String capacityProviderName;
    final String group;
    final String startedBy;
    /** Null for a task started by RunTask. */
    final ServiceState service;
    final DeploymentState deployment;
    final Instant createdAt;
    final List<ContainerState> containers;

    /** The awsvpc configuration the task was launched with; null for other network modes. */
    NetworkConfiguration network;
    String availabilityZone;
    NetworkInterface networkInterface;
    ContainerInstanceState containerInstance;
    Placement.Reservation reservation;
    /** Waiting in PROVISIONING for its capacity provider to have room. */
    boolean awaitingCapacity;

    String lastStatus;
    String desiredStatus = "RUNNING";
    Instant pullStartedAt;
    Instant pullStoppedAt;
    Instant startedAt;
    Instant stoppingAt;
    Instant stoppedAt;
    String stopCode;
    String stoppedReason;
    long version = 1;
    /** Counted as healthy by the service scheduler: 40 s after RUNNING, or once its health checks pass. */
    boolean healthy;
    /** Its container health check has failed its retries; the service scheduler will replace it. */
    boolean unhealthy;
    /** Its registrations with the service's load balancers, made while it is ACTIVATING; empty without one. */
    final List<TaskTarget> targets = new ArrayList<>(0);
    /** The target group (key) whose health checks the task's target failed; the scheduler will replace it. */
    String failedTargetGroup;
    /** An injected fault makes the application fail its health checks, the load balancer's included. */
    boolean failsHealthChecks;
    /** When the load balancers have finished draining the task's targets after their deregistration. */
    long drainedAtMillis;
    /** The scheduler has queued it for replacement, so a start reports it as replaced once. */
    boolean replacementQueued;
    /** The lifecycle step scheduled next; a stop replaces it, so the step it overtook does nothing. */
    Object nextStep;

    TaskState(String id, String arn, ClusterState cluster, TaskDefinition definition, String launchType,
              String capacityProviderName, String group, String startedBy, ServiceState service,
              DeploymentState deployment, Instant createdAt, List<ContainerState> containers) {
        this.id = id;
        this.arn = arn;
        this.cluster = cluster;
        this.definition = definition;
        this.launchType = launchType;
        this.capacityProviderName = capacityProviderName;
        this.group = group;
        this.startedBy = startedBy;
        this.service = service;
        this.deployment = deployment;
        this.createdAt = createdAt;
        this.containers = containers;
    }

    boolean wantsToRun() {
        return "RUNNING".equals(desiredStatus);
    }

    boolean isRunning() {
        return "RUNNING".equals(lastStatus);
    }

    /** PROVISIONING, PENDING or ACTIVATING: the statuses ECS reports as pending. */
    boolean isStarting() {
        return switch (lastStatus) {
            case "PROVISIONING", "PENDING", "ACTIVATING" -> true;
            default -> false;
        };
    }

    boolean isStopped() {
        return "STOPPED".equals(lastStatus);
    }

    /**
     * Counts toward a service's healthy tasks: running, healthy, not being stopped, and behind a load balancer
     * only once every one of its targets is healthy (AWS-BEHAVIOUR.md §2.5).
     */
    boolean countsAsHealthy() {
        if (!healthy || !isRunning() || !wantsToRun()) {
            return false;
        }
        for (TaskTarget target : targets) {
            if (!target.isHealthy()) {
                return false;
            }
        }
        return true;
    }

    /** Its container health check, or a load balancer's health check of its target, has failed. */
    boolean failingHealthChecks() {
        return unhealthy || failedTargetGroup != null;
    }

    boolean behindLoadBalancer() {
        return service != null && !deployment.spec.loadBalancers().isEmpty();
    }

    boolean hasHealthCheck() {
        return containers.stream().anyMatch(c -> c.definition.healthCheck() != null);
    }

    /** The task's health aggregates its containers' checks; without a check ECS reports UNKNOWN. */
    private String healthStatus() {
        if (unhealthy) {
            return "UNHEALTHY";
        }
        return hasHealthCheck() && healthy ? "HEALTHY" : "UNKNOWN";
    }

    Task toTask() {
        return new Task(arn, cluster.arn, definition.taskDefinitionArn(),
                containerInstance == null ? null : containerInstance.arn, lastStatus, desiredStatus, launchType,
                capacityProviderName, definition.cpu(), definition.memory(), group, startedBy, availabilityZone,
                healthStatus(), createdAt, pullStartedAt, pullStoppedAt,
                startedAt, stoppingAt, stoppedAt, stopCode, stoppedReason,
                containers.stream().map(ContainerState::toContainer).toList(),
                networkInterface == null ? List.of() : List.of(networkInterface.toAttachment(lastStatus)), version);
    }
}
