package dev.berth.contract;

import dev.berth.core.gateway.EksGateway;
import dev.berth.sim.Simulator;

/** The EKS contract against the simulator's own gateway. */
class SimEksGatewayTest extends EksGatewayContract {

    @Override
    protected EksGateway backend(Simulator simulator) {
        return simulator.eks();
    }

    @Override
    protected boolean knowsNodeStatus() {
        return true;
    }
}
