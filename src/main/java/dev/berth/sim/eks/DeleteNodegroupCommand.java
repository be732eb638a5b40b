package dev.berth.sim.eks;

import dev.berth.core.model.Nodegroup;

/** DeleteNodegroup. */
public record DeleteNodegroupCommand(String clusterName, String nodegroupName) implements EksCommand<Nodegroup> {
    @Override
    public Nodegroup applyTo(EksWorld eks) {
        return eks.deleteNodegroup(clusterName, nodegroupName);
    }
}
