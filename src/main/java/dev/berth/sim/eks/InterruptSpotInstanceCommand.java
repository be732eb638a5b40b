package dev.berth.sim.eks;

import dev.berth.core.model.EksNode;
import dev.berth.core.model.SpotInterruption;

/** A simulated Spot interruption; journaled so a replayed world loses the same node at the same moment. */
public record InterruptSpotInstanceCommand(SpotInterruption interruption) implements EksCommand<EksNode> {
    @Override
    public EksNode applyTo(EksWorld eks) {
        return eks.interruptSpotInstance(interruption);
    }
}
