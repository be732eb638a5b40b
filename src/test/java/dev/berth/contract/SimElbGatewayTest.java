package dev.berth.contract;

import dev.berth.core.gateway.ElbGateway;
import dev.berth.sim.Simulator;

/** The Elastic Load Balancing contract against the simulator's own gateway. */
class SimElbGatewayTest extends ElbGatewayContract {

    @Override
    protected ElbGateway backend(Simulator simulator) {
        return simulator.elb();
    }
}
