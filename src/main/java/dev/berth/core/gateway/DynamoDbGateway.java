package dev.berth.core.gateway;

import dev.berth.core.model.TableDescription;

import java.util.List;
import java.util.Map;

/** The little of Amazon DynamoDB the event flows need: the tables ECS tasks write to. One method per operation. */
public interface DynamoDbGateway {

    /** CreateTable with one string partition key, billed on demand. */
    void createTable(String tableName, String partitionKey);

    /** ListTables, every table name. */
    List<String> listTables();

    TableDescription describeTable(String tableName);

    /** Scan: every item, each as attribute name to string value. */
    List<Map<String, String>> scan(String tableName);
}
