package dev.berth.sim.efs;

import dev.berth.sim.SimCommand;

/** A change to the simulated Amazon EFS, as data: applying it validates, changes the world, answers. */
public interface EfsCommand<R> extends SimCommand {

    /** Throws a {@link dev.berth.core.gateway.GatewayException}, having changed nothing, when refused. */
    R applyTo(EfsWorld efs);
}
