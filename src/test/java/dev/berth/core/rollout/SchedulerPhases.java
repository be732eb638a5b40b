package dev.berth.core.rollout;

import dev.berth.core.model.Task;

import java.time.Duration;
import java.time.Instant;

/** What the simulator's own task fields say, in the timeline's terms: the yardstick histories are checked against. */
public final class SchedulerPhases {
    private static final Duration HEALTHY_AFTER_RUNNING = Duration.ofSeconds(40);

    private SchedulerPhases() {
    }

    /** The service scheduler's healthy for a task without health check: RUNNING for 40 s, still wanted. */
    public static boolean healthy(Task task, Instant now) {
        return "RUNNING".equals(task.lastStatus()) && "RUNNING".equals(task.desiredStatus())
                && !task.startedAt().plus(HEALTHY_AFTER_RUNNING).isAfter(now);
    }

    /** The task's lastStatus and desiredStatus as a timeline phase. */
    public static TaskPhase phase(Task task, Instant now) {
        if ("STOPPED".equals(task.lastStatus())) {
            return TaskPhase.STOPPED;
        }
        if ("STOPPED".equals(task.desiredStatus())) {
            return TaskPhase.STOPPING;
        }
        return switch (task.lastStatus()) {
            case "PROVISIONING" -> TaskPhase.PROVISIONING;
            case "PENDING", "ACTIVATING" -> TaskPhase.PENDING;
            default -> healthy(task, now) ? TaskPhase.HEALTHY : TaskPhase.RUNNING;
        };
    }
}
