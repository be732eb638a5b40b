package dev.berth.sim.ecs;

import dev.berth.core.model.DeploymentCircuitBreaker;
import dev.berth.core.rollout.DeploymentBounds;
import dev.berth.sim.SimContext;

/**
 * Watches the tasks a service's deployments start (AWS's "How the Amazon ECS deployment circuit breaker detects
 * failures"). Stage 1, until a task of the deployment reaches RUNNING: every task that stops before RUNNING counts
 * as a failure while the rollout is in progress; the first RUNNING task resets the count and ends stage 1. At the
 * threshold an enabled breaker fails the deployment and, with rollback, starts a new one from the last COMPLETED
 * deployment. The same failures drive the service's launch throttle.
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

    @Override
    public void taskFailedToStart(TaskState task) {
        ServiceState service = task.service;
        DeploymentState deployment = task.deployment;
        boolean rollingOut = "IN_PROGRESS".equals(deployment.rolloutState);
        if (!deployment.reachedRunning && rollingOut) {
            deployment.failedTasks++;
        }
        if (!deployment.isPrimary()) {
            return;
        }
        service.throttle.recordFailure(context.nowMillis());
        if (service.throttle.backingOff()) {
            service.events.addWhile(THROTTLED, "(service " + service.name + ") is unable to consistently start "
                    + "tasks successfully. For more information, see the Troubleshooting section of the Amazon ECS "
                    + "Developer Guide.");
        }
        DeploymentCircuitBreaker breaker = service.deploymentConfiguration.deploymentCircuitBreaker();
        boolean enabled = breaker != null && breaker.enable();
        if (enabled && rollingOut && deployment.failedTasks >= DeploymentBounds.circuitBreakerThreshold(service.desiredCount)) {
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
