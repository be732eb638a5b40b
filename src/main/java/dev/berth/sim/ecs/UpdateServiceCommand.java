package dev.berth.sim.ecs;

import dev.berth.core.model.Service;
import dev.berth.core.model.UpdateServiceRequest;

/** UpdateService. */
public record UpdateServiceCommand(UpdateServiceRequest request) implements EcsCommand<Service> {
    @Override
    public Service applyTo(EcsWorld ecs) {
        return ecs.updateService(request);
    }
}
