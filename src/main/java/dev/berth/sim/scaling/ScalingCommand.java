package dev.berth.sim.scaling;

import dev.berth.sim.SimCommand;

/** A change to the simulated Application Auto Scaling or CloudWatch, as data: validated, then applied. */
public interface ScalingCommand<R> extends SimCommand {

    /** Throws a {@link dev.berth.core.gateway.GatewayException}, having changed nothing, when refused. */
    R applyTo(ScalingWorld scaling);
}
