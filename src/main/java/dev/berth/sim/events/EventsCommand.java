package dev.berth.sim.events;

import dev.berth.sim.SimCommand;

/** A change to the simulated EventBridge (or the S3, DynamoDB and SNS it works with), as data. */
public interface EventsCommand<R> extends SimCommand {

    /** Throws a {@link dev.berth.core.gateway.GatewayException}, having changed nothing, when refused. */
    R applyTo(EventsWorld events);
}
