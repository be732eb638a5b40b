package dev.berth.sim.ecs;

import dev.berth.core.model.Fault;

/** Disarms a fault. */
public record ClearFaultCommand(String faultId) implements EcsCommand<Fault> {
    @Override
    public Fault applyTo(EcsWorld ecs) {
        return ecs.clearFault(faultId);
    }
}
