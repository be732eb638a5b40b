package dev.berth.sim.ecs;

import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.TaskDefinition;

/** RegisterTaskDefinition. */
public record RegisterTaskDefinitionCommand(RegisterTaskDefinitionRequest request)
        implements EcsCommand<TaskDefinition> {
    @Override
    public TaskDefinition applyTo(EcsWorld ecs) {
        return ecs.registerTaskDefinition(request);
    }
}
