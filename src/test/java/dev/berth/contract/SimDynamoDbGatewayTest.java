package dev.berth.contract;

import dev.berth.core.gateway.DynamoDbGateway;
import dev.berth.sim.Simulator;

/** The DynamoDB contract against the simulator's own gateway. */
class SimDynamoDbGatewayTest extends DynamoDbGatewayContract {

    @Override
    protected DynamoDbGateway backend(Simulator simulator) {
        return simulator.dynamoDb();
    }
}
