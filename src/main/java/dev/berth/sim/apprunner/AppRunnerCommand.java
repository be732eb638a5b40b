package dev.berth.sim.apprunner;

import dev.berth.sim.SimCommand;

/** A change to the simulated App Runner, as data: applying it validates, then changes the world, then answers. */
public interface AppRunnerCommand<R> extends SimCommand {

    /** Throws a {@link dev.berth.core.gateway.GatewayException}, having changed nothing, when refused. */
    R applyTo(AppRunnerWorld appRunner);
}
