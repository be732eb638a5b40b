package dev.berth.contract;

import dev.berth.core.gateway.EcrGateway;
import dev.berth.sim.Simulator;

/** The ECR contract against the simulator's own gateway. */
class SimEcrGatewayTest extends EcrGatewayContract {

    @Override
    protected EcrGateway backend(Simulator simulator) {
        return simulator.ecr();
    }
}
