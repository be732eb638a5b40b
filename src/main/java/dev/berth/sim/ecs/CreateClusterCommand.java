package dev.berth.sim.ecs;

import dev.berth.core.model.Cluster;
import dev.berth.core.model.CreateClusterRequest;

/** CreateCluster. */
public record CreateClusterCommand(CreateClusterRequest request) implements EcsCommand<Cluster> {
    @Override
    public Cluster applyTo(EcsWorld ecs) {
        return ecs.createCluster(request);
    }
}
