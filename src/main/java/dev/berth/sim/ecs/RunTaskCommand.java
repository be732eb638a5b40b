package dev.berth.sim.ecs;

import dev.berth.core.model.RunTaskRequest;
import dev.berth.core.model.RunTaskResult;

/** RunTask. */
public record RunTaskCommand(RunTaskRequest request) implements EcsCommand<RunTaskResult> {
    @Override
    public RunTaskResult applyTo(EcsWorld ecs) {
        return ecs.runTask(request);
    }
}
