package dev.berth.sim.wire;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** An awsQuery service's actions by AWS's name; an unknown one is AWS's InvalidAction. */
final class QueryOperations {
    private final String version;
    private final Map<String, BiConsumer<QueryInput, QueryXml>> handlers = new LinkedHashMap<>();

    QueryOperations(String version) {
        this.version = version;
    }

    /** {@code handler} reads the input and writes the members of the action's result. */
    void put(String action, BiConsumer<QueryInput, QueryXml> handler) {
        handlers.put(action, handler);
    }

    void call(String action, QueryInput input, QueryXml result) {
        BiConsumer<QueryInput, QueryXml> handler = handlers.get(action);
        if (handler == null) {
            throw invalidAction(action, version);
        }
        handler.accept(input, result);
    }

    static WireFault invalidAction(String action, String version) {
        return new WireFault(400, "InvalidAction", "Could not find operation " + action + " for version " + version);
    }
}
