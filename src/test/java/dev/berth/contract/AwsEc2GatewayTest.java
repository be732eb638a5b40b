package dev.berth.contract;

import dev.berth.core.gateway.Ec2Gateway;
import dev.berth.sim.Simulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The EC2 contract against the AWS SDK gateway, talking EC2's query protocol to the simulator's endpoint: one endpoint
 * and one SDK client for every test, each test's simulator put behind the endpoint as the test builds its world.
 */
class AwsEc2GatewayTest extends Ec2GatewayContract {
    private static final AtomicReference<Ec2Gateway> SIMULATOR = new AtomicReference<>();
    private static LocalAws aws;

    @BeforeAll
    static void serve() {
        aws = LocalAws.servePart("ec2", LocalAws.forwardingTo(Ec2Gateway.class, SIMULATOR::get), false);
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Override
    protected Ec2Gateway backend(Simulator simulator) {
        SIMULATOR.set(simulator.ec2());
        return aws.gateway().ec2();
    }
}
