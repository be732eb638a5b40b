package dev.berth.contract;

import dev.berth.core.gateway.EfsGateway;
import dev.berth.sim.Simulator;

/** The EFS contract against the simulator's own gateway. */
class SimEfsGatewayTest extends EfsGatewayContract {

    @Override
    protected EfsGateway backend(Simulator simulator) {
        return simulator.efs();
    }
}
