package dev.berth.sim.events;

import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.TableDescription;
import dev.berth.sim.SimContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The simulated DynamoDB, as far as the seeds' flow needs it: tables with a string partition key, items of string
 * attributes written whole (PutItem replaces an item with the same key), read back by Scan. Tables are ACTIVE at
 * once; AWS takes a few seconds in CREATING.
 */
final class Tables {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

    private final SimContext context;
    private final Map<String, TableState> tables = new TreeMap<>();

    Tables(SimContext context) {
        this.context = context;
    }

    void create(String name, String partitionKey) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw EventsErrors.constraint(String.valueOf(name), "tableName",
                    "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
        }
        if (partitionKey == null || partitionKey.isBlank()) {
            throw EventsErrors.validation("One or more parameter values were invalid: Some index key attributes "
                    + "are not defined in AttributeDefinitions.");
        }
        if (tables.containsKey(name)) {
            throw GatewayException.client("ResourceInUseException", "Table already exists: " + name);
        }
        String arn = "arn:aws:dynamodb:" + context.settings().region() + ":" + context.settings().accountId()
                + ":table/" + name;
        tables.put(name, new TableState(arn, partitionKey, context.now()));
    }

    void putItem(String name, Map<String, String> item) {
        TableState table = existing(name);
        String key = item.get(table.partitionKey);
        if (key == null || key.isEmpty()) {
            throw EventsErrors.validation("One or more parameter values were invalid: Missing the key "
                    + table.partitionKey + " in the item");
        }
        table.items.put(key, Map.copyOf(item));
    }

    List<String> names() {
        return List.copyOf(tables.keySet());
    }

    TableDescription describe(String name) {
        TableState table = existing(name);
        return new TableDescription(name, table.arn, table.partitionKey, "ACTIVE", table.items.size(),
                table.created);
    }

    List<Map<String, String>> scan(String name) {
        return new ArrayList<>(existing(name).items.values());
    }

    private TableState existing(String name) {
        TableState table = name == null ? null : tables.get(name);
        if (table == null) {
            throw EventsErrors.noTable(name);
        }
        return table;
    }

    private static final class TableState {
        final String arn;
        final String partitionKey;
        final Instant created;
        final Map<String, Map<String, String>> items = new LinkedHashMap<>();

        TableState(String arn, String partitionKey, Instant created) {
            this.arn = arn;
            this.partitionKey = partitionKey;
            this.created = created;
        }
    }
}
