package dev.berth.ui.rollout;

import dev.berth.core.model.FaultKind;

/** A fault kind as the Faults panel names it, and what it does in one line. */
enum FaultKindText {
    IMAGE_PULL_TAG_NOT_FOUND(FaultKind.IMAGE_PULL_TAG_NOT_FOUND, "Image tag not found",
            "New tasks stop in PENDING with CannotPullContainerError, as when the tag does not exist; the circuit "
                    + "breaker counts them."),
    IMAGE_PULL_ACCESS_DENIED(FaultKind.IMAGE_PULL_ACCESS_DENIED, "Registry access denied",
            "New tasks fail to start with ResourceInitializationError: the execution role may not call "
                    + "ecr:GetAuthorizationToken; the circuit breaker counts them."),
    ESSENTIAL_CONTAINER_EXITS(FaultKind.ESSENTIAL_CONTAINER_EXITS, "Container exits on start",
            "The essential container exits with code 1 seconds after RUNNING and the task is replaced; as on AWS, "
                    + "the circuit breaker does not count it."),
    CONTAINER_HEALTH_CHECK_FAILS(FaultKind.CONTAINER_HEALTH_CHECK_FAILS, "Health check fails",
            "The container health check keeps failing: tasks turn UNHEALTHY and are replaced, and the breaker "
                    + "counts them (needs a task definition with a health check)."),
    INSUFFICIENT_CPU(FaultKind.INSUFFICIENT_CPU, "Not enough CPU",
            "No container instance has the CPU to place a task (Fargate: no capacity): the service is unable to "
                    + "place tasks, and the breaker counts each try."),
    INSUFFICIENT_MEMORY(FaultKind.INSUFFICIENT_MEMORY, "Not enough memory",
            "No container instance has the memory to place a task (Fargate: no capacity): the service is unable "
                    + "to place tasks, and the breaker counts each try."),
    INSTANCE_AGENT_DISCONNECTED(FaultKind.INSTANCE_AGENT_DISCONNECTED, "Agent disconnected",
            "EC2 only: the container agent on the cluster's instances loses its connection; nothing new is placed "
                    + "there until the fault is cleared."),
    INSTANCE_TERMINATED(FaultKind.INSTANCE_TERMINATED, "Instance terminated",
            "EC2 only: the cluster's container instances are terminated; their tasks stop with TerminationNotice "
                    + "and the auto scaling group launches replacements."),
    FARGATE_SPOT_INTERRUPTION(FaultKind.FARGATE_SPOT_INTERRUPTION, "Spot interruption",
            "FARGATE_SPOT only: AWS takes the capacity back; running Spot tasks stop with SpotInterruption (\"Your "
                    + "Spot Task was interrupted.\") and the service starts replacements.");

    private final FaultKind kind;
    private final String title;
    private final String effect;

    FaultKindText(FaultKind kind, String title, String effect) {
        this.kind = kind;
        this.title = title;
        this.effect = effect;
    }

    static FaultKindText of(FaultKind kind) {
        return valueOf(kind.name());
    }

    FaultKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    String effect() {
        return effect;
    }
}
