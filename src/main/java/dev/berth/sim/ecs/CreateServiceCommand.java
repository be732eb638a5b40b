package dev.berth.sim.ecs;

import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.Service;

/** CreateService. */
public record CreateServiceCommand(CreateServiceRequest request) implements EcsCommand<Service> {
    @Override
    public Service applyTo(EcsWorld ecs) {
        return ecs.createService(request);
    }
}
