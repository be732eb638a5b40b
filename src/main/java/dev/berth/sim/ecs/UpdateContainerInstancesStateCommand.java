package dev.berth.sim.ecs;

import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.Described;

import java.util.List;

/** UpdateContainerInstancesState. */
public record UpdateContainerInstancesStateCommand(String cluster, List<String> containerInstances, String status)
        implements EcsCommand<Described<ContainerInstance>> {
    @Override
    public Described<ContainerInstance> applyTo(EcsWorld ecs) {
        return ecs.updateContainerInstancesState(cluster, containerInstances, status);
    }
}
