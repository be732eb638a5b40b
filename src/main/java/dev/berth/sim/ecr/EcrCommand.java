package dev.berth.sim.ecr;

import dev.berth.sim.SimCommand;

/** A change to the simulated ECR, as data: applying it validates, then changes the world, then answers. */
public interface EcrCommand<R> extends SimCommand {

    /** Throws a {@link dev.berth.core.gateway.GatewayException}, having changed nothing, when refused. */
    R applyTo(EcrWorld ecr);
}
