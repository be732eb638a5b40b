package dev.berth.contract;

import dev.berth.core.gateway.EfsGateway;
import dev.berth.sim.Simulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The EFS contract against the AWS SDK gateway, talking restJson1 to the simulator's endpoint: one endpoint and one
 * SDK client for every test, each test's simulator put behind the endpoint as the test builds its world.
 */
class AwsEfsGatewayTest extends EfsGatewayContract {
    private static final AtomicReference<EfsGateway> SIMULATOR = new AtomicReference<>();
    private static LocalAws aws;

    @BeforeAll
    static void serve() {
        aws = LocalAws.servePart("efs", LocalAws.forwardingTo(EfsGateway.class, SIMULATOR::get), true);
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Override
    protected EfsGateway backend(Simulator simulator) {
        SIMULATOR.set(simulator.efs());
        return aws.gateway().efs();
    }
}
