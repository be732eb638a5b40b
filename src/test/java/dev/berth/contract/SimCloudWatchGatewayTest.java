package dev.berth.contract;

import dev.berth.core.gateway.CloudWatchGateway;
import dev.berth.sim.EcsFixture;

/** The CloudWatch contract against the simulator's own gateway. */
class SimCloudWatchGatewayTest extends CloudWatchGatewayContract {

    @Override
    protected CloudWatchGateway backend(EcsFixture world) {
        return world.simulator.cloudWatch();
    }
}
