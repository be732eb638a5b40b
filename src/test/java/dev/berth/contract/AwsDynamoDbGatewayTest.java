package dev.berth.contract;

import dev.berth.core.gateway.DynamoDbGateway;
import dev.berth.sim.Simulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The DynamoDB contract against the AWS SDK gateway, talking awsJson1_0 to the simulator's endpoint: one endpoint
 * and one SDK client for every test, each test's simulator put behind the endpoint as the test builds its world.
 */
class AwsDynamoDbGatewayTest extends DynamoDbGatewayContract {
    private static final AtomicReference<DynamoDbGateway> SIMULATOR = new AtomicReference<>();
    private static LocalAws aws;

    @BeforeAll
    static void serve() {
        aws = LocalAws.servePart("dynamoDb", LocalAws.forwardingTo(DynamoDbGateway.class, SIMULATOR::get), true);
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Override
    protected DynamoDbGateway backend(Simulator simulator) {
        SIMULATOR.set(simulator.dynamoDb());
        return aws.gateway().dynamoDb();
    }
}
