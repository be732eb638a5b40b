package dev.berth.sim.ecs;

import dev.berth.core.model.CapacityProviderStrategyItem;
import dev.berth.core.model.Cluster;

import java.util.List;

/** PutClusterCapacityProviders. */
public record PutClusterCapacityProvidersCommand(String cluster, List<String> capacityProviders,
                                                 List<CapacityProviderStrategyItem> defaultCapacityProviderStrategy)
        implements EcsCommand<Cluster> {
    @Override
    public Cluster applyTo(EcsWorld ecs) {
        return ecs.putClusterCapacityProviders(cluster, capacityProviders, defaultCapacityProviderStrategy);
    }
}
