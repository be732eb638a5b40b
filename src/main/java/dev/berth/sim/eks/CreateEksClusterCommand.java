package dev.berth.sim.eks;

import dev.berth.core.model.CreateEksClusterRequest;
import dev.berth.core.model.EksCluster;

/** CreateCluster (EKS). */
public record CreateEksClusterCommand(CreateEksClusterRequest request) implements EksCommand<EksCluster> {
    @Override
    public EksCluster applyTo(EksWorld eks) {
        return eks.createCluster(request);
    }
}
