package dev.berth.sim.eks;

import dev.berth.core.model.CreateNodegroupRequest;
import dev.berth.core.model.Nodegroup;

/** CreateNodegroup. */
public record CreateNodegroupCommand(CreateNodegroupRequest request) implements EksCommand<Nodegroup> {
    @Override
    public Nodegroup applyTo(EksWorld eks) {
        return eks.createNodegroup(request);
    }
}
