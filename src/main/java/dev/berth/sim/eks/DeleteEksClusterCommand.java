package dev.berth.sim.eks;

import dev.berth.core.model.EksCluster;

/** DeleteCluster (EKS). */
public record DeleteEksClusterCommand(String name) implements EksCommand<EksCluster> {
    @Override
    public EksCluster applyTo(EksWorld eks) {
        return eks.deleteCluster(name);
    }
}
