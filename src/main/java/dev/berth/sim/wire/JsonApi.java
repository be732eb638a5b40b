package dev.berth.sim.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;
import java.util.function.Function;

/** One AWS service over a JSON-RPC protocol: an operation name and its input in, the output object out. */
interface JsonApi {

    /** The {@code X-Amz-Target} prefix before the dot, e.g. {@code AmazonEC2ContainerServiceV20141113}. */
    String targetPrefix();

    /** The error body's message member: {@code message} for ECS and ECR, {@code Message} for some services. */
    default String errorMessageMember() {
        return "message";
    }

    /** Writes this service's answers: member names and timestamps as its protocol has them. */
    ObjectMapper mapper();

    /** Each operation's handler, by operation name: the input in, the output object out. */
    Map<String, Function<JsonNode, Object>> operations();

    /** Returns the output to serialize; throws GatewayException or {@link WireFault} on failure. */
    default Object call(String operation, JsonNode input) {
        Function<JsonNode, Object> handler = operations().get(operation);
        if (handler == null) {
            throw WireFault.unknownOperation(targetPrefix() + "." + operation);
        }
        return handler.apply(input);
    }

    /** The input as {@code type}; a body of the wrong shape is the client's SerializationException. */
    default <T> T read(JsonNode input, Class<T> type) {
        try {
            return mapper().treeToValue(input, type);
        } catch (JsonProcessingException e) {
            throw WireFault.serialization(e.getOriginalMessage());
        }
    }
}
