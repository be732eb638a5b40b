package dev.berth.contract;

import dev.berth.core.gateway.Ec2Gateway;
import dev.berth.core.gateway.EksGateway;
import dev.berth.sim.Simulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The EKS contract against the AWS SDK gateway, talking restJson1 over HTTP to the simulator's endpoint (and EC2's
 * query protocol for the nodes): one endpoint and one SDK client for every test, each test's simulator put behind the
 * endpoint as the test builds its world.
 */
class AwsEksGatewayTest extends EksGatewayContract {
    private static final AtomicReference<Simulator> SIMULATOR = new AtomicReference<>();
    private static LocalAws aws;

    @BeforeAll
    static void serve() {
        aws = LocalAws.serveParts(Map.of(
                "eks", LocalAws.forwardingTo(EksGateway.class, () -> SIMULATOR.get().eks()),
                "ec2", LocalAws.forwardingTo(Ec2Gateway.class, () -> SIMULATOR.get().ec2())), true);
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Override
    protected EksGateway backend(Simulator simulator) {
        SIMULATOR.set(simulator);
        return aws.gateway().eks();
    }

    @Override
    protected boolean knowsNodeStatus() {
        return false;
    }
}
