package dev.berth.contract;

import dev.berth.core.gateway.Ec2Gateway;
import dev.berth.sim.Simulator;

/** The EC2 contract against the simulator's own gateway. */
class SimEc2GatewayTest extends Ec2GatewayContract {

    @Override
    protected Ec2Gateway backend(Simulator simulator) {
        return simulator.ec2();
    }
}
