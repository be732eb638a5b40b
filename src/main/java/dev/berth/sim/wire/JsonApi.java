package dev.berth.sim.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    /** Returns the output to serialize; throws GatewayException or {@link WireFault} on failure. */
    Object call(String operation, JsonNode input);
}
