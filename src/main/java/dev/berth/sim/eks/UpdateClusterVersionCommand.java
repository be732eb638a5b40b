package dev.berth.sim.eks;

import dev.berth.core.model.EksUpdate;

/** UpdateClusterVersion. */
public record UpdateClusterVersionCommand(String name, String version) implements EksCommand<EksUpdate> {
    @Override
    public EksUpdate applyTo(EksWorld eks) {
        return eks.updateClusterVersion(name, version);
    }
}
