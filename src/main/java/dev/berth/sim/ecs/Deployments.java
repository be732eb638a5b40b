package dev.berth.sim.ecs;

import dev.berth.sim.SimContext;

/** Starting a service deployment, the same way for CreateService, UpdateService and a circuit breaker rollback. */
final class Deployments {
    private Deployments() {
    }

    /** A new PRIMARY deployment of {@code spec}: the old PRIMARY becomes ACTIVE and drains; the throttle resets. */
    static DeploymentState start(SimContext context, ServiceState service, DeploymentSpec spec) {
        DeploymentState deployment = new DeploymentState("ecs-svc/" + context.random().digits(19), spec,
                context.now());
        if (!service.deployments.isEmpty()) {
            service.primary().status = "ACTIVE";
        }
        service.deployments.add(0, deployment);
        service.throttle.reset();
        service.events.clear(CircuitBreaker.THROTTLED);
        return deployment;
    }
}
