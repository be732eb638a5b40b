package dev.berth.sim.ecs;

import dev.berth.sim.SimCommand;

/** A change to the simulated ECS, as data: applying it validates, then changes the world, then answers. */
public interface EcsCommand<R> extends SimCommand {

    /** Throws a {@link dev.berth.core.gateway.GatewayException}, having changed nothing, when refused. */
    R applyTo(EcsWorld ecs);
}
