package dev.berth.sim.eks;

import dev.berth.core.model.EksUpdate;
import dev.berth.core.model.UpdateNodegroupConfigRequest;

/** UpdateNodegroupConfig. */
public record UpdateNodegroupConfigCommand(UpdateNodegroupConfigRequest request) implements EksCommand<EksUpdate> {
    @Override
    public EksUpdate applyTo(EksWorld eks) {
        return eks.updateNodegroupConfig(request);
    }
}
