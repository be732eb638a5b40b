package dev.berth.sim.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.core.gateway.DynamoDbGateway;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.TableDescription;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.berth.sim.wire.WireInput.integer;
import static dev.berth.sim.wire.WireInput.text;

/**
 * Amazon DynamoDB (API 2012-08-10) over awsJson1_0 ({@code DynamoDB_20120810.<Op>}): the table operations of
 * {@link DynamoDbGateway}. Its errors name their shape with the service's namespace, as DynamoDB writes them
 * ({@code com.amazonaws.dynamodb.v20120810#ResourceNotFoundException}); validation failures come from Coral
 * ({@code com.amazon.coral.validate#ValidationException}). Items are of string attributes ({@code {"S": ...}}).
 */
final class DynamoDbJsonApi implements JsonApi {
    private static final String NAMESPACE = "com.amazonaws.dynamodb.v20120810#";
    private static final String VALIDATION = "ValidationException";
    /** ListTables answers at most 100 names a call. */
    private static final int MAX_TABLES = 100;

    private final Operations operations = new Operations("DynamoDB_20120810");

    DynamoDbJsonApi(DynamoDbGateway dynamoDb) {
        operations.put("CreateTable", in -> {
            String name = text(in, "TableName");
            dynamoDb.createTable(name, partitionKey(in));
            return Map.of("TableDescription", table(dynamoDb.describeTable(name)));
        });
        operations.put("DescribeTable", in -> Map.of("Table", table(dynamoDb.describeTable(text(in, "TableName")))));
        operations.put("ListTables", in -> listTables(dynamoDb.listTables(), text(in, "ExclusiveStartTableName"),
                integer(in, "Limit")));
        operations.put("Scan", in -> {
            List<Map<String, Map<String, String>>> items = new ArrayList<>();
            for (Map<String, String> item : dynamoDb.scan(text(in, "TableName"))) {
                Map<String, Map<String, String>> attributes = new LinkedHashMap<>();
                item.forEach((name, value) -> attributes.put(name, Map.of("S", value)));
                items.add(attributes);
            }
            return Map.of("Items", items, "Count", items.size(), "ScannedCount", items.size());
        });
    }

    @Override
    public String targetPrefix() {
        return "DynamoDB_20120810";
    }

    @Override
    public String contentType() {
        return AWS_JSON_1_0;
    }

    @Override
    public String internalErrorCode() {
        return "InternalServerError";
    }

    @Override
    public String errorType(String errorCode) {
        return errorCode.equals(VALIDATION) ? "com.amazon.coral.validate#" + errorCode : NAMESPACE + errorCode;
    }

    @Override
    public Object call(String operation, JsonNode input) {
        return operations.call(operation, input);
    }

    /** The key schema's HASH attribute, which must be defined as a string: the simulated tables hold strings. */
    private static String partitionKey(JsonNode in) {
        String key = null;
        for (JsonNode element : in.path("KeySchema")) {
            if ("HASH".equals(element.path("KeyType").asText())) {
                key = element.path("AttributeName").asText();
            }
        }
        if (key == null) {
            throw GatewayException.client(VALIDATION, "1 validation error detected: Value null at 'keySchema' "
                    + "failed to satisfy constraint: Member must not be null");
        }
        for (JsonNode definition : in.path("AttributeDefinitions")) {
            if (key.equals(definition.path("AttributeName").asText())) {
                if (!"S".equals(definition.path("AttributeType").asText())) {
                    throw GatewayException.client(VALIDATION, "One or more parameter values were invalid: the "
                            + "simulator's tables take a string (S) partition key only");
                }
                return key;
            }
        }
        throw GatewayException.client(VALIDATION, "One or more parameter values were invalid: Some index key "
                + "attributes are not defined in AttributeDefinitions. Keys: [" + key + "], AttributeDefinitions: []");
    }

    /** The names after {@code exclusiveStart}, {@code limit} (at most 100) of them. */
    private static Map<String, Object> listTables(List<String> names, String exclusiveStart, Integer limit) {
        int size = limit == null ? MAX_TABLES : limit;
        if (size < 1 || size > MAX_TABLES) {
            throw GatewayException.client(VALIDATION, "1 validation error detected: Value '" + size + "' at "
                    + "'limit' failed to satisfy constraint: Member must have value less than or equal to 100");
        }
        List<String> after = exclusiveStart == null ? names
                : names.stream().filter(name -> name.compareTo(exclusiveStart) > 0).toList();
        List<String> page = after.subList(0, Math.min(size, after.size()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("TableNames", page);
        if (after.size() > page.size()) {
            out.put("LastEvaluatedTableName", page.get(page.size() - 1));
        }
        return out;
    }

    private static Map<String, Object> table(TableDescription table) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("TableName", table.tableName());
        out.put("TableArn", table.tableArn());
        out.put("TableStatus", table.tableStatus());
        out.put("CreationDateTime", table.creationDateTime());
        out.put("AttributeDefinitions", List.of(Map.of("AttributeName", table.partitionKey(), "AttributeType", "S")));
        out.put("KeySchema", List.of(Map.of("AttributeName", table.partitionKey(), "KeyType", "HASH")));
        out.put("ItemCount", table.itemCount());
        out.put("TableSizeBytes", 0);
        out.put("BillingModeSummary", Map.of("BillingMode", "PAY_PER_REQUEST"));
        out.put("ProvisionedThroughput", Map.of("NumberOfDecreasesToday", 0, "ReadCapacityUnits", 0,
                "WriteCapacityUnits", 0));
        return out;
    }
}
