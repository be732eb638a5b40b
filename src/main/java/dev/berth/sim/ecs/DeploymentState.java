package dev.berth.sim.ecs;

import dev.berth.core.model.Deployment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One of a service's deployments, with the tasks it started that have not yet stopped. */
final class DeploymentState {
    final String id;
    final DeploymentSpec spec;
    final Instant createdAt;
    final List<TaskState> tasks = new ArrayList<>();
    String status = "PRIMARY";
    String rolloutState = "IN_PROGRESS";
    String rolloutStateReason;
    Instant updatedAt;
    /** Consecutive failed tasks, as the circuit breaker counts them. */
    int failedTasks;
    /** Stage 2 of the circuit breaker: some task of this deployment has reached RUNNING. */
    boolean reachedRunning;

    DeploymentState(String id, DeploymentSpec spec, Instant createdAt) {
        this.id = id;
        this.spec = spec;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.rolloutStateReason = "ECS deployment " + id + " in progress.";
    }

    boolean isPrimary() {
        return "PRIMARY".equals(status);
    }

    /** The circuit breaker counts failures only while the rollout is in progress. */
    boolean rollingOut() {
        return "IN_PROGRESS".equals(rolloutState);
    }

    boolean failed() {
        return "FAILED".equals(rolloutState);
    }

    /** Tasks that count against the deployment bounds: not yet told to stop. */
    List<TaskState> activeTasks() {
        List<TaskState> active = new ArrayList<>(tasks.size());
        for (TaskState task : tasks) {
            if (task.wantsToRun()) {
                active.add(task);
            }
        }
        return active;
    }

    /** How many tasks count against the deployment bounds, without listing them. */
    int activeCount() {
        int active = 0;
        for (TaskState task : tasks) {
            if (task.wantsToRun()) {
                active++;
            }
        }
        return active;
    }

    /** Exactly {@code count} tasks want to run, and every one of them counts as healthy. */
    boolean runsHealthy(int count) {
        int active = 0;
        for (TaskState task : tasks) {
            if (task.wantsToRun()) {
                if (!task.countsAsHealthy()) {
                    return false;
                }
                active++;
            }
        }
        return active == count;
    }

    Deployment toDeployment(int serviceDesiredCount) {
        int desired = isPrimary() ? serviceDesiredCount : activeCount();
        int pending = (int) tasks.stream().filter(TaskState::isStarting).count();
        int running = (int) tasks.stream().filter(TaskState::isRunning).count();
        return new Deployment(id, status, spec.taskDefinition().taskDefinitionArn(), desired, pending, running,
                failedTasks, rolloutState, rolloutStateReason, spec.launchType(), createdAt, updatedAt);
    }
}
