package dev.berth.sim.ecs;

import dev.berth.core.model.DeploymentCircuitBreaker;
import dev.berth.core.rollout.DeploymentBounds;
import dev.berth.sim.SimContext;

/**
 * Watches the tasks a service's deployments start (AWS's "How the Amazon ECS deployment circuit breaker detects
 * failures"). Stage 1, until a task of the deployment reaches RUNNING: every task that stops before RUNNING, and
 * every launch that cannot be placed, counts as a failure while the rollout is in progress; the first RUNNING task
 * resets the count and ends stage 1. Stage 2: every task replaced for failing its container health checks counts,
 * and a task becoming healthy resets the count. A task whose essential container exits after RUNNING counts in
 * neither stage, as on AWS (aws/containers-roadmap#1206; copilot-cli#1879: "CMD exit 1" tasks replaced for an hour
 * with failedTasks 0). At the threshold an enabled breaker fails the deployment and, with rollback, starts a new one
 * from the last COMPLETED deployment. Tasks failing to start also drive the service's launch throttle.
 */
final class CircuitBreaker implements TaskObserver {
    static final String THROTTLED = "throttled";

    private final SimContext context;

    CircuitBreaker(SimContext context) {
        this.context = context;
    }

    @Override
    public void taskRunning(TaskState task) {
        DeploymentState deployment = task.deployment;
        if (!deployment.reachedRunning) {
            deployment.reachedRunning = true;
            deployment.failedTasks = 0;
        }
        if (deployment.isPrimary()) {
            task.service.throttle.reset();
            task.service.events.clear(THROTTLED);
        }
    }

    /** {@code resetOnHealthyTask}, on by default: a healthy task of a deployment clears its failure count. */
    @Override
    public void taskHealthy(TaskState task) {
        if (task.deployment.rollingOut()) {
            task.deployment.failedTasks = 0;
        }
    }

    /**
     * Stage 1. The service reports the task's stoppedReason as a task it was unable to place [obs: one such event
     * per failed attempt, e.g. "(service S) was unable to place a task. Reason: CannotPullContainerError: ...".].
     */
    @Override
    public void taskFailedToStart(TaskState task) {
        ServiceState service = task.service;
        DeploymentState deployment = task.deployment;
        service.events.add("(service " + service.name + ") was unable to place a task. Reason: "
                + task.stoppedReason + ".");
        if (!deployment.reachedRunning) {
            count(service, deployment);
        }
        if (deployment.isPrimary()) {
            service.throttle.recordFailure(context.nowMillis());
            if (service.throttle.backingOff()) {
                service.events.addWhile(THROTTLED, "(service " + service.name + ") is unable to consistently "
                        + "start tasks successfully. For more information, see the Troubleshooting section of the "
                        + "Amazon ECS Developer Guide.");
            }
        }
    }

    /**
     * Stage 1: a launch the scheduler could not place counts as a failed task (AWS-BEHAVIOUR.md §2.5; users report
     * the breaker acting on tasks "unable to be placed on the cluster entirely", aws/containers-roadmap#1206).
     */
    void placementFailed(ServiceState service, DeploymentState deployment) {
        if (!deployment.reachedRunning) {
            count(service, deployment);
        }
    }

    /** Stage 2: a task replaced because its container health checks failed. */
    void replacedUnhealthy(TaskState task) {
        count(task.service, task.deployment);
    }

    /** Only a rollout in progress counts; the PRIMARY's count can trip an enabled breaker. */
    private void count(ServiceState service, DeploymentState deployment) {
        if (!deployment.rollingOut()) {
            return;
        }
        deployment.failedTasks++;
        DeploymentCircuitBreaker breaker = service.deploymentConfiguration.deploymentCircuitBreaker();
        boolean enabled = breaker != null && breaker.enable();
        if (enabled && deployment.isPrimary()
                && deployment.failedTasks >= DeploymentBounds.circuitBreakerThreshold(service.desiredCount)) {
            trip(service, deployment, breaker.rollback());
        }
    }

    private void trip(ServiceState service, DeploymentState failed, boolean rollback) {
        failed.rolloutState = "FAILED";
        failed.rolloutStateReason = "ECS deployment circuit breaker: tasks failed to start.";
        failed.updatedAt = context.now();
        service.events.add("(service " + service.name + ") (deployment " + failed.id
                + ") deployment failed: tasks failed to start.");
        DeploymentState target = service.lastCompleted;
        if (!rollback || target == null) {
            return;
        }
        DeploymentState back = Deployments.start(context, service, target.spec);
        back.rolloutStateReason = "ECS deployment circuit breaker: rolling back to deploymentId " + target.id + ".";
        service.events.add("(service " + service.name + ") rolling back to deployment " + target.id + ".");
    }
}
