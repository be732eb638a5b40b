package dev.berth.contract;

import dev.berth.core.gateway.AutoScalingGroupsGateway;
import dev.berth.sim.Simulator;

/** The EC2 Auto Scaling contract against the simulator's own gateway. */
class SimAutoScalingGroupsGatewayTest extends AutoScalingGroupsGatewayContract {

    @Override
    protected AutoScalingGroupsGateway backend(Simulator simulator) {
        return simulator.autoScalingGroups();
    }
}
