package dev.berth.core.rollout;

/** Something a person should know before starting a deployment with a given configuration. */
public enum PlanWarning {
    /** AWS refuses the update with InvalidParameterException; the texts are the simulator's. */
    INVALID_DESIRED_COUNT("desiredCount must be greater than or equal to 0.", true),
    INVALID_MINIMUM_HEALTHY_PERCENT("minimumHealthyPercent must be between 0 and 100.", true),
    INVALID_MAXIMUM_PERCENT("maximumPercent must be at least 100.", true),
    /** Desired count 0: nothing new starts; whatever runs is stopped. */
    NOTHING_TO_DEPLOY("The desired count is 0: the deployment starts no task and stops every running one.", false),
    /** AWS leaves such a deployment IN_PROGRESS for ever, with the event quoted in the message. */
    CANNOT_MOVE("The scheduler can neither start nor stop a task within these bounds, so the deployment never "
            + "finishes; ECS reports that it \"was unable to stop or start tasks during a deployment because of the "
            + "service deployment configuration\". Lower minimumHealthyPercent or raise maximumPercent.", true),
    /** The minimum rounds to 0 healthy tasks: every old task may stop before a new one is healthy. */
    FULL_OUTAGE("No task has to stay healthy: every running task may stop before a new one is healthy, so the "
            + "service can be down during the deployment.", false);

    private final String message;
    private final boolean blocking;

    PlanWarning(String message, boolean blocking) {
        this.message = message;
        this.blocking = blocking;
    }

    public String message() {
        return message;
    }

    /** The deployment cannot finish (or AWS refuses to start it). */
    public boolean blocking() {
        return blocking;
    }
}
