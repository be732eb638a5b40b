package dev.berth.sim.ecs;

import dev.berth.core.model.TaskDefinition;

/** DeregisterTaskDefinition. */
public record DeregisterTaskDefinitionCommand(String taskDefinition) implements EcsCommand<TaskDefinition> {
    @Override
    public TaskDefinition applyTo(EcsWorld ecs) {
        return ecs.deregisterTaskDefinition(taskDefinition);
    }
}
