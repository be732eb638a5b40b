package dev.berth.core.model;

/**
 * A failure the simulator can inject. Each shows the way AWS shows it: in the task's stopCode and stoppedReason, in
 * service events, and in the circuit breaker's count where AWS counts it.
 */
public enum FaultKind {
    /** The image's tag is not in the registry: PENDING, then STOPPED with TaskFailedToStart and CannotPullContainerError. */
    IMAGE_PULL_TAG_NOT_FOUND(Target.TASK),
    /** The execution role may not call ecr:GetAuthorizationToken: TaskFailedToStart with ResourceInitializationError. */
    IMAGE_PULL_ACCESS_DENIED(Target.TASK),
    /** The essential container exits with code 1 seconds after the task is RUNNING: EssentialContainerExited. */
    ESSENTIAL_CONTAINER_EXITS(Target.TASK),
    /**
     * The application fails its health checks: the container health check (UNHEALTHY) and, behind a load balancer,
     * the target group's check (the target turns unhealthy); the service scheduler replaces the task.
     */
    CONTAINER_HEALTH_CHECK_FAILS(Target.TASK),
    /** No free CPU on any container instance (Fargate: no capacity): the service is unable to place a task. */
    INSUFFICIENT_CPU(Target.TASK),
    /** No free memory on any container instance (Fargate: no capacity): the service is unable to place a task. */
    INSUFFICIENT_MEMORY(Target.TASK),
    /** The container agent loses its connection: nothing new is placed there until the fault is cleared. */
    INSTANCE_AGENT_DISCONNECTED(Target.CONTAINER_INSTANCE),
    /** The EC2 instance is terminated: its tasks stop with TerminationNotice and its auto scaling group replaces it. */
    INSTANCE_TERMINATED(Target.CONTAINER_INSTANCE),
    /**
     * AWS takes Fargate Spot capacity back: RUNNING tasks of the FARGATE_SPOT capacity provider stop with
     * SpotInterruption ("Your Spot Task was interrupted."), at once and then as more come up; services replace them.
     */
    FARGATE_SPOT_INTERRUPTION(Target.TASK);

    /** What a fault of the kind happens to, and so what one occurrence is. */
    public enum Target { TASK, CONTAINER_INSTANCE }

    private final Target target;

    FaultKind(Target target) {
        this.target = target;
    }

    public Target target() {
        return target;
    }
}
