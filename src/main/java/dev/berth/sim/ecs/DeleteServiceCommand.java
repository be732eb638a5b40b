package dev.berth.sim.ecs;

import dev.berth.core.model.Service;

/** DeleteService. */
public record DeleteServiceCommand(String cluster, String service, boolean force) implements EcsCommand<Service> {
    @Override
    public Service applyTo(EcsWorld ecs) {
        return ecs.deleteService(cluster, service, force);
    }
}
