package dev.berth.sim.eks;

import dev.berth.sim.SimCommand;

/** A change to the simulated EKS, as data: applying it validates, then changes the world, then answers. */
public interface EksCommand<R> extends SimCommand {

    /** Throws a {@link dev.berth.core.gateway.GatewayException}, having changed nothing, when refused. */
    R applyTo(EksWorld eks);
}
