package dev.berth.contract;

import dev.berth.core.gateway.IamGateway;
import dev.berth.sim.Simulator;

/** The IAM contract against the simulator's own gateway. */
class SimIamGatewayTest extends IamGatewayContract {

    @Override
    protected IamGateway backend(Simulator simulator) {
        return simulator.iam();
    }
}
