package dev.berth.sim.ecs;

import dev.berth.core.model.Cluster;

/** DeleteCluster. */
public record DeleteClusterCommand(String cluster) implements EcsCommand<Cluster> {
    @Override
    public Cluster applyTo(EcsWorld ecs) {
        return ecs.deleteCluster(cluster);
    }
}
