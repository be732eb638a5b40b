package dev.berth.aws;

import dev.berth.core.gateway.DynamoDbGateway;
import dev.berth.core.model.Page;
import dev.berth.core.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Amazon DynamoDB through the SDK, as far as the event flows go. ListTables and Scan follow their last evaluated
 * key to the end, a call per page.
 */
public final class AwsDynamoDbGateway implements DynamoDbGateway {
    private final DynamoDbClient dynamoDb;
    private final SdkCalls calls;

    AwsDynamoDbGateway(DynamoDbClient dynamoDb, SdkCalls calls) {
        this.dynamoDb = dynamoDb;
        this.calls = calls;
    }

    @Override
    public void createTable(String tableName, String partitionKey) {
        calls.write("CreateTable", () -> dynamoDb.createTable(r -> r.tableName(tableName)
                .attributeDefinitions(a -> a.attributeName(partitionKey).attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName(partitionKey).keyType(KeyType.HASH))
                .billingMode(BillingMode.PAY_PER_REQUEST)));
    }

    @Override
    public List<String> listTables() {
        return calls.read("ListTables", () -> Page.all(last -> {
            ListTablesResponse page = dynamoDb.listTables(r -> r.exclusiveStartTableName(last));
            return new Page<>(page.tableNames(), page.lastEvaluatedTableName());
        }));
    }

    @Override
    public TableDescription describeTable(String tableName) {
        return calls.read("DescribeTable", () -> {
            var table = dynamoDb.describeTable(r -> r.tableName(tableName)).table();
            String partitionKey = table.keySchema().stream().filter(k -> k.keyType() == KeyType.HASH)
                    .map(k -> k.attributeName()).findFirst().orElse(null);
            return new TableDescription(table.tableName(), table.tableArn(), partitionKey,
                    table.tableStatusAsString(), table.itemCount() == null ? 0 : table.itemCount(),
                    table.creationDateTime());
        });
    }

    @Override
    public List<Map<String, String>> scan(String tableName) {
        return calls.read("Scan", () -> {
            List<Map<String, String>> items = new ArrayList<>();
            Map<String, AttributeValue> last = null;
            do {
                Map<String, AttributeValue> after = last;
                ScanResponse page = dynamoDb.scan(r -> r.tableName(tableName).exclusiveStartKey(after));
                page.items().forEach(item -> {
                    Map<String, String> text = new LinkedHashMap<>();
                    item.forEach((name, value) -> text.put(name, text(value)));
                    items.add(text);
                });
                last = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey()
                        : null;
            } while (last != null);
            return items;
        });
    }

    /** A string or number as it is; other types as the SDK writes them, which names the type. */
    private static String text(AttributeValue value) {
        return switch (value.type()) {
            case S -> value.s();
            case N -> value.n();
            case BOOL -> value.bool().toString();
            default -> value.toString();
        };
    }
}
