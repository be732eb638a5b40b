package dev.berth.contract;

import dev.berth.core.gateway.AppRunnerGateway;
import dev.berth.sim.Simulator;

/** The App Runner contract against the simulator's own gateway. */
class SimAppRunnerGatewayTest extends AppRunnerGatewayContract {

    @Override
    protected AppRunnerGateway backend(Simulator simulator) {
        return simulator.appRunner();
    }
}
