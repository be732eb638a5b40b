package dev.berth.sim.wire;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** A JSON-RPC service's operations by AWS's name; an unknown name is AWS's UnknownOperationException. */
final class Operations {
    private final String targetPrefix;
    private final Map<String, Function<JsonNode, Object>> handlers = new LinkedHashMap<>();

    Operations(String targetPrefix) {
        this.targetPrefix = targetPrefix;
    }

    void put(String operation, Function<JsonNode, Object> handler) {
        handlers.put(operation, handler);
    }

    Object call(String operation, JsonNode input) {
        Function<JsonNode, Object> handler = handlers.get(operation);
        if (handler == null) {
            throw WireFault.unknownOperation(targetPrefix + "." + operation);
        }
        return handler.apply(input);
    }
}
