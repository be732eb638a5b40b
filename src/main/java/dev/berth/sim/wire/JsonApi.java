package dev.berth.sim.wire;

import com.fasterxml.jackson.databind.JsonNode;

/** One AWS service over a JSON-RPC protocol: an operation name and its input in, the output object out. */
interface JsonApi {

    /** The {@code X-Amz-Target} prefix before the dot, e.g. {@code AmazonEC2ContainerServiceV20141113}. */
    String targetPrefix();

    /** Returns the output to serialize; throws GatewayException or {@link WireFault} on failure. */
    Object call(String operation, JsonNode input);
}
