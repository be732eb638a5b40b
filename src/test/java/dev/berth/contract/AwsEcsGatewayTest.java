package dev.berth.contract;

import dev.berth.core.gateway.EcsGateway;
import dev.berth.sim.Simulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The contract against the AWS SDK gateway, talking over HTTP to the simulator's endpoint. One endpoint and one SDK
 * client serve every test; each test's simulator is put behind the endpoint when the test builds its world.
 */
class AwsEcsGatewayTest extends EcsGatewayContract {
    private static final AtomicReference<EcsGateway> SIMULATOR = new AtomicReference<>();
    private static LocalAws aws;

    @BeforeAll
    static void serve() {
        aws = LocalAws.serve(LocalAws.forwardingTo(EcsGateway.class, SIMULATOR::get), true);
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Override
    protected EcsGateway backend(Simulator simulator) {
        SIMULATOR.set(simulator.ecs());
        return aws.gateway().ecs();
    }
}
