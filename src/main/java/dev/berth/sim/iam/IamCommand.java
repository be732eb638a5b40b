package dev.berth.sim.iam;

import dev.berth.sim.SimCommand;

/** A change to the simulated IAM, as data: applying it validates, changes the world, answers. */
public interface IamCommand<R> extends SimCommand {

    /** Throws a {@link dev.berth.core.gateway.GatewayException}, having changed nothing, when refused. */
    R applyTo(IamWorld iam);
}
