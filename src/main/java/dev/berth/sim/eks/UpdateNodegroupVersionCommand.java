package dev.berth.sim.eks;

import dev.berth.core.model.EksUpdate;

/** UpdateNodegroupVersion. */
public record UpdateNodegroupVersionCommand(String clusterName, String nodegroupName, String version) implements EksCommand<EksUpdate> {
    @Override
    public EksUpdate applyTo(EksWorld eks) {
        return eks.updateNodegroupVersion(clusterName, nodegroupName, version);
    }
}
