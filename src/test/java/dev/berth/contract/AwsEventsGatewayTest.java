package dev.berth.contract;

import dev.berth.core.gateway.EventsGateway;
import dev.berth.sim.Simulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The EventBridge contract against the AWS SDK gateway, talking awsJson1_1 to the simulator's endpoint: one endpoint and one
 * SDK client for every test, each test's simulator put behind the endpoint as the test builds its world.
 */
class AwsEventsGatewayTest extends EventsGatewayContract {
    private static final AtomicReference<EventsGateway> SIMULATOR = new AtomicReference<>();
    private static LocalAws aws;

    @BeforeAll
    static void serve() {
        aws = LocalAws.servePart("events", LocalAws.forwardingTo(EventsGateway.class, SIMULATOR::get), true);
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Override
    protected EventsGateway backend(Simulator simulator) {
        SIMULATOR.set(simulator.events());
        return aws.gateway().events();
    }
}
