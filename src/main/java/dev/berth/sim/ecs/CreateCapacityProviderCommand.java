package dev.berth.sim.ecs;

import dev.berth.core.model.CapacityProvider;
import dev.berth.core.model.CreateCapacityProviderRequest;

/** CreateCapacityProvider. */
public record CreateCapacityProviderCommand(CreateCapacityProviderRequest request)
        implements EcsCommand<CapacityProvider> {
    @Override
    public CapacityProvider applyTo(EcsWorld ecs) {
        return ecs.createCapacityProvider(request);
    }
}
