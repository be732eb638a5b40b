package dev.berth.sim.ecs;

import dev.berth.core.model.AutoScalingGroupProviderUpdate;
import dev.berth.core.model.CapacityProvider;

/** UpdateCapacityProvider. */
public record UpdateCapacityProviderCommand(String name, AutoScalingGroupProviderUpdate update)
        implements EcsCommand<CapacityProvider> {
    @Override
    public CapacityProvider applyTo(EcsWorld ecs) {
        return ecs.updateCapacityProvider(name, update);
    }
}
