package dev.berth.contract;

import dev.berth.core.gateway.IamGateway;
import dev.berth.sim.Simulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The IAM contract against the AWS SDK gateway, talking awsQuery to the simulator's endpoint: one endpoint and one
 * SDK client for every test, each test's simulator put behind the endpoint as the test builds its world.
 */
class AwsIamGatewayTest extends IamGatewayContract {
    private static final AtomicReference<IamGateway> SIMULATOR = new AtomicReference<>();
    private static LocalAws aws;

    @BeforeAll
    static void serve() {
        aws = LocalAws.servePart("iam", LocalAws.forwardingTo(IamGateway.class, SIMULATOR::get), true);
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Override
    protected IamGateway backend(Simulator simulator) {
        SIMULATOR.set(simulator.iam());
        return aws.gateway().iam();
    }
}
