package dev.berth.contract;

import dev.berth.core.gateway.S3Gateway;
import dev.berth.sim.Simulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The S3 contract against the AWS SDK gateway, talking restXml (path-style) to the simulator's endpoint: one endpoint
 * and one SDK client for every test, each test's simulator put behind the endpoint as the test builds its world.
 */
class AwsS3GatewayTest extends S3GatewayContract {
    private static final AtomicReference<S3Gateway> SIMULATOR = new AtomicReference<>();
    private static LocalAws aws;

    @BeforeAll
    static void serve() {
        aws = LocalAws.servePart("s3", LocalAws.forwardingTo(S3Gateway.class, SIMULATOR::get), true);
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Override
    protected S3Gateway backend(Simulator simulator) {
        SIMULATOR.set(simulator.s3());
        return aws.gateway().s3();
    }
}
