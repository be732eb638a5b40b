package dev.berth.sim.wire;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;
import java.util.function.Function;

/** One AWS service over a JSON-RPC protocol: an operation name and its input in, the output object out. */
interface JsonApi {

    /** The {@code X-Amz-Target} prefix before the dot, e.g. {@code AmazonEC2ContainerServiceV20141113}. */
    String targetPrefix();

    /** Each operation this service answers, by AWS's name, with what it does with its input. */
    Map<String, Function<JsonNode, Object>> operations();

    /** Returns the output to serialize; throws GatewayException or {@link WireFault} on failure. */
    default Object call(String operation, JsonNode input) {
        Function<JsonNode, Object> handler = operations().get(operation);
        if (handler == null) {
            throw WireFault.unknownOperation(targetPrefix() + "." + operation);
        }
        return handler.apply(input);
    }
}
