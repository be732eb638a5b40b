package dev.berth.contract;

import dev.berth.core.gateway.CloudWatchGateway;
import dev.berth.sim.EcsFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The CloudWatch contract against the AWS SDK gateway, talking awsQuery over HTTP to the simulator's endpoint: one
 * endpoint and one SDK client for every test, each test's simulator put behind the endpoint as the test builds it.
 */
class AwsCloudWatchGatewayTest extends CloudWatchGatewayContract {
    private static final AtomicReference<CloudWatchGateway> SIMULATOR = new AtomicReference<>();
    private static LocalAws aws;

    @BeforeAll
    static void serve() {
        aws = LocalAws.servePart("cloudWatch", LocalAws.forwardingTo(CloudWatchGateway.class, SIMULATOR::get), true);
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Override
    protected CloudWatchGateway backend(EcsFixture world) {
        SIMULATOR.set(world.simulator.cloudWatch());
        return aws.gateway().cloudWatch();
    }
}
