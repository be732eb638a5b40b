package dev.berth.core.rollout;

import dev.berth.core.model.Task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One task's row of the timeline. {@code taskDefinition} is {@code family:revision}; {@code deploymentId} is the
 * task's {@code startedBy}, the deployment that started it. {@code failed}: the task stopped for a reason of its own
 * (it failed to start, its essential container exited, it failed health checks, its host went away) rather than
 * because a person or a scaling activity stopped it. {@code healthyAt} null: never counted as healthy.
 */
public record TaskLane(String taskId, String taskArn, String taskDefinition, String deploymentId,
                       List<PhaseSpan> phases, Instant healthyAt, boolean failed, String stopCode,
                       String stoppedReason) {
    private static final String DEFINITION_RESOURCE = "task-definition/";

    public TaskLane {
        phases = List.copyOf(phases);
    }

    /** The lane of a task as DescribeTasks shows it, with the moment it counted as healthy (null: never). */
    static TaskLane of(Task task, Instant healthyAt) {
        List<PhaseSpan> phases = new ArrayList<>();
        Instant[] starts = {task.createdAt(), task.pullStartedAt(), task.startedAt(), healthyAt, task.stoppingAt(),
                task.stoppedAt()};
        TaskPhase[] kinds = TaskPhase.values();
        for (int i = 0; i < kinds.length; i++) {
            if (starts[i] == null) {
                continue;
            }
            Instant end = null;
            for (int next = i + 1; next < kinds.length && end == null; next++) {
                end = starts[next];
            }
            if (end == null || end.isAfter(starts[i])) {
                phases.add(new PhaseSpan(kinds[i], starts[i], end));
            }
        }
        return new TaskLane(task.taskId(), task.taskArn(), familyRevision(task.taskDefinitionArn()),
                task.startedBy(), phases, healthyAt, failed(task), task.stopCode(), task.stoppedReason());
    }

    /** {@code family:revision} of a task definition ARN. */
    static String familyRevision(String arn) {
        int marker = arn.indexOf(DEFINITION_RESOURCE);
        return marker < 0 ? arn : arn.substring(marker + DEFINITION_RESOURCE.length());
    }

    /** Stopped for a reason of its own, not by a person or a scaling activity. */
    private static boolean failed(Task task) {
        if (task.stopCode() == null) {
            return false;
        }
        switch (task.stopCode()) {
            case "UserInitiated":
                return false;
            case "ServiceSchedulerInitiated":
                return task.stoppedReason() != null && task.stoppedReason().startsWith("Task failed");
            default:
                return true;
        }
    }

    /** The phase the task was in at {@code at}, or null before it was created. */
    public TaskPhase phaseAt(Instant at) {
        TaskPhase current = null;
        for (PhaseSpan span : phases) {
            if (!span.start().isAfter(at)) {
                current = span.phase();
            }
        }
        return current;
    }

    /** Whether the task existed and had not yet stopped at some moment from {@code start} to {@code end}. */
    public boolean aliveDuring(Instant start, Instant end) {
        if (phases.isEmpty() || phases.get(0).start().isAfter(end)) {
            return false;
        }
        PhaseSpan last = phases.get(phases.size() - 1);
        return last.phase() != TaskPhase.STOPPED || !last.start().isBefore(start);
    }
}
