package dev.berth.sim.events;

/** DynamoDB CreateTable with one string partition key. */
public record CreateTableCommand(String tableName, String partitionKey) implements EventsCommand<Void> {
    @Override
    public Void applyTo(EventsWorld events) {
        return events.createTable(tableName, partitionKey);
    }
}
