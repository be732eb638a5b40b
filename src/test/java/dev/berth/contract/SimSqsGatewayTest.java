package dev.berth.contract;

import dev.berth.core.gateway.SqsGateway;
import dev.berth.sim.Simulator;

/** The SQS contract against the simulator's own gateway. */
class SimSqsGatewayTest extends SqsGatewayContract {

    @Override
    protected SqsGateway backend(Simulator simulator) {
        return simulator.sqs();
    }
}
