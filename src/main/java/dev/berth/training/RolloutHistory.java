package dev.berth.training;

import dev.berth.core.model.Task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How a rolling deployment went, rebuilt from the service's tasks (running and recently stopped): from the moment
 * the deployment started, the fewest tasks running and the most tasks wanted at once. A task counts as running from
 * its startedAt, and as wanted from its createdAt, until ECS asks it to stop (stoppingAt): the moments the
 * minimum healthy and maximum percents are about. ECS forgets stopped tasks after about an hour, so this is only
 * right for a deployment that finished within the last hour.
 */
public record RolloutHistory(int fewestRunning, int mostTasks) {

    public static RolloutHistory since(Instant start, List<Task> tasks) {
        List<Instant> moments = new ArrayList<>(List.of(start));
        for (Task task : tasks) {
            for (Instant moment : new Instant[]{task.createdAt(), task.startedAt(), task.stoppingAt()}) {
                if (moment != null && moment.isAfter(start)) {
                    moments.add(moment);
                }
            }
        }
        int fewestRunning = Integer.MAX_VALUE;
        int mostTasks = 0;
        for (Instant moment : moments) {
            int running = 0;
            int wanted = 0;
            for (Task task : tasks) {
                boolean notAskedToStop = task.stoppingAt() == null || moment.isBefore(task.stoppingAt());
                if (notAskedToStop && !task.createdAt().isAfter(moment)) {
                    wanted++;
                    if (task.startedAt() != null && !task.startedAt().isAfter(moment)) {
                        running++;
                    }
                }
            }
            fewestRunning = Math.min(fewestRunning, running);
            mostTasks = Math.max(mostTasks, wanted);
        }
        return new RolloutHistory(fewestRunning, mostTasks);
    }
}
