package dev.berth.contract;

import dev.berth.core.gateway.SqsGateway;
import dev.berth.sim.Simulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The SQS contract against the AWS SDK gateway, talking awsJson1_0 to the simulator's endpoint: one endpoint and one
 * SDK client for every test, each test's simulator put behind the endpoint as the test builds its world.
 */
class AwsSqsGatewayTest extends SqsGatewayContract {
    private static final AtomicReference<SqsGateway> SIMULATOR = new AtomicReference<>();
    private static LocalAws aws;

    @BeforeAll
    static void serve() {
        aws = LocalAws.servePart("sqs", LocalAws.forwardingTo(SqsGateway.class, SIMULATOR::get), true);
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Override
    protected SqsGateway backend(Simulator simulator) {
        SIMULATOR.set(simulator.sqs());
        return aws.gateway().sqs();
    }
}
