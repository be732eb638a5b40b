package dev.berth.sim.ecs;

import dev.berth.core.model.Fault;
import dev.berth.core.model.InjectFaultRequest;

/** Arms a fault; journaled so a replayed world fails the same tasks at the same moments. */
public record InjectFaultCommand(InjectFaultRequest request) implements EcsCommand<Fault> {
    @Override
    public Fault applyTo(EcsWorld ecs) {
        return ecs.injectFault(request);
    }
}
