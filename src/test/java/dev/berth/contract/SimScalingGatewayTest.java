package dev.berth.contract;

import dev.berth.core.gateway.ScalingGateway;
import dev.berth.sim.Simulator;

/** The Application Auto Scaling contract against the simulator's own gateway. */
class SimScalingGatewayTest extends ScalingGatewayContract {

    @Override
    protected ScalingGateway backend(Simulator simulator) {
        return simulator.scaling();
    }
}
