package dev.berth.sim.sqs;

import dev.berth.sim.SimCommand;

/** A change to the simulated SQS, as data: applying it validates, changes the world, answers. */
public interface SqsCommand<R> extends SimCommand {

    /** Throws a {@link dev.berth.core.gateway.GatewayException}, having changed nothing, when refused. */
    R applyTo(SqsWorld sqs);
}
