package dev.berth.contract;

import dev.berth.core.gateway.AppRunnerGateway;
import dev.berth.sim.Simulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The App Runner contract against the AWS SDK gateway, over HTTP (awsJson1_0) to the simulator's endpoint. One
 * endpoint and one SDK client serve every test; each test's simulator is put behind the endpoint as it is built.
 */
class AwsAppRunnerGatewayTest extends AppRunnerGatewayContract {
    private static final AtomicReference<AppRunnerGateway> SIMULATOR = new AtomicReference<>();
    private static LocalAws aws;

    @BeforeAll
    static void serve() {
        aws = LocalAws.servePart("appRunner", LocalAws.forwardingTo(AppRunnerGateway.class, SIMULATOR::get), true);
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Override
    protected AppRunnerGateway backend(Simulator simulator) {
        SIMULATOR.set(simulator.appRunner());
        return aws.gateway().appRunner();
    }
}
