package dev.berth.sim.ecs;

import dev.berth.core.model.Task;

/** StopTask. */
public record StopTaskCommand(String cluster, String task, String reason) implements EcsCommand<Task> {
    @Override
    public Task applyTo(EcsWorld ecs) {
        return ecs.stopTask(cluster, task, reason);
    }
}
