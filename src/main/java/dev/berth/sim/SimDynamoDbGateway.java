package dev.berth.sim;

import dev.berth.core.gateway.DynamoDbGateway;
import dev.berth.core.model.TableDescription;
import dev.berth.sim.events.CreateTableCommand;

import java.util.List;
import java.util.Map;

/**
 * The simulator behind {@link DynamoDbGateway}: its tables live in the EventBridge engine, where the flows' tasks
 * write their items; changes become journaled commands, reads look at the world.
 */
final class SimDynamoDbGateway implements DynamoDbGateway {
    private final Simulator simulator;

    SimDynamoDbGateway(Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public void createTable(String tableName, String partitionKey) {
        simulator.execute(new CreateTableCommand(tableName, partitionKey));
    }

    @Override
    public List<String> listTables() {
        return simulator.readEvents(e -> e.listTables());
    }

    @Override
    public TableDescription describeTable(String tableName) {
        return simulator.readEvents(e -> e.describeTable(tableName));
    }

    @Override
    public List<Map<String, String>> scan(String tableName) {
        return simulator.readEvents(e -> e.scan(tableName));
    }
}
