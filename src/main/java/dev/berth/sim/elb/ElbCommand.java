package dev.berth.sim.elb;

import dev.berth.sim.SimCommand;

/** A change to the simulated Elastic Load Balancing, as data: applying it validates, changes the world, answers. */
public interface ElbCommand<R> extends SimCommand {

    /** Throws a {@link dev.berth.core.gateway.GatewayException}, having changed nothing, when refused. */
    R applyTo(ElbWorld elb);
}
