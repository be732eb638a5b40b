package dev.berth.sim.ecs;

import dev.berth.core.model.CapacityProvider;

/** DeleteCapacityProvider. */
public record DeleteCapacityProviderCommand(String capacityProvider) implements EcsCommand<CapacityProvider> {
    @Override
    public CapacityProvider applyTo(EcsWorld ecs) {
        return ecs.deleteCapacityProvider(capacityProvider);
    }
}
