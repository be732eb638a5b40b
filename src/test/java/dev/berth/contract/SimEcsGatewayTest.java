package dev.berth.contract;

import dev.berth.core.gateway.EcsGateway;
import dev.berth.sim.Simulator;

/** The contract against the simulator's own gateway. */
class SimEcsGatewayTest extends EcsGatewayContract {

    @Override
    protected EcsGateway backend(Simulator simulator) {
        return simulator.ecs();
    }
}
