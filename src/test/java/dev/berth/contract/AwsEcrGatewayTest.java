package dev.berth.contract;

import dev.berth.core.gateway.EcrGateway;
import dev.berth.sim.Simulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The ECR contract against the AWS SDK gateway, talking over HTTP to the simulator's endpoint: one endpoint and one
 * SDK client for every test, each test's simulator put behind the endpoint as the test builds its world.
 */
class AwsEcrGatewayTest extends EcrGatewayContract {
    private static final AtomicReference<EcrGateway> SIMULATOR = new AtomicReference<>();
    private static LocalAws aws;

    @BeforeAll
    static void serve() {
        aws = LocalAws.servePart("ecr", LocalAws.forwardingTo(EcrGateway.class, SIMULATOR::get), true);
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Override
    protected EcrGateway backend(Simulator simulator) {
        SIMULATOR.set(simulator.ecr());
        return aws.gateway().ecr();
    }
}
