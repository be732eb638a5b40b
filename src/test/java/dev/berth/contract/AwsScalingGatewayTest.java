package dev.berth.contract;

import dev.berth.core.gateway.ScalingGateway;
import dev.berth.sim.Simulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The Application Auto Scaling contract against the AWS SDK gateway, over HTTP (awsJson1_1) to the simulator's
 * endpoint. One endpoint and one SDK client serve every test; each test's simulator is put behind the endpoint.
 */
class AwsScalingGatewayTest extends ScalingGatewayContract {
    private static final AtomicReference<ScalingGateway> SIMULATOR = new AtomicReference<>();
    private static LocalAws aws;

    @BeforeAll
    static void serve() {
        aws = LocalAws.servePart("scaling", LocalAws.forwardingTo(ScalingGateway.class, SIMULATOR::get), true);
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Override
    protected ScalingGateway backend(Simulator simulator) {
        SIMULATOR.set(simulator.scaling());
        return aws.gateway().scaling();
    }
}
