package dev.berth.training;

import dev.berth.core.model.Task;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RolloutHistoryTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void countsRunningFromStartUntilAskedToStopAndWantedFromCreation() {
        List<Task> tasks = List.of(
                task(-300, -250, 0),     // old, asked to stop as the deployment starts
                task(-300, -250, 120),   // old, stopped once the first new one is healthy
                task(15, 70, null),      // new
                task(130, 190, null));   // new, started after the second old one stopped

        RolloutHistory history = RolloutHistory.since(T0, tasks);

        assertThat(history.fewestRunning()).isEqualTo(1);
        assertThat(history.mostTasks()).isEqualTo(2);
    }

    @Test
    void tasksStoppedBeforeTheDeploymentDoNotCount() {
        RolloutHistory history = RolloutHistory.since(T0, List.of(task(-600, -550, -500), task(-300, -250, null)));

        assertThat(history.fewestRunning()).isEqualTo(1);
        assertThat(history.mostTasks()).isEqualTo(1);
    }

    private static Task task(int created, Integer started, Integer stopping) {
        return new Task("arn:aws:ecs:us-east-1:123456789012:task/c/" + created, "cluster", "web:1", null,
                "RUNNING", stopping == null ? "RUNNING" : "STOPPED", "FARGATE", null, "256", "512",
                "service:web", "ecs-svc/1", "us-east-1a", "UNKNOWN", T0.plusSeconds(created), null, null,
                started == null ? null : T0.plusSeconds(started), stopping == null ? null : T0.plusSeconds(stopping),
                null, null, null, List.of(), List.of(), 1);
    }
}
