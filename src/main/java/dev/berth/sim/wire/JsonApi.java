package dev.berth.sim.wire;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * One AWS service over a JSON-RPC protocol: an operation name and its input in, the output object out. The two
 * protocol versions differ in what the endpoint writes around it (AWS-BEHAVIOUR.md §1): awsJson1_1 answers as
 * {@code application/x-amz-json-1.1}, awsJson1_0 as {@code application/x-amz-json-1.0}, and each service names the
 * text member of its errors its own way.
 */
interface JsonApi {
    String AWS_JSON_1_1 = "application/x-amz-json-1.1";
    String AWS_JSON_1_0 = "application/x-amz-json-1.0";

    /** The {@code X-Amz-Target} prefix before the dot, e.g. {@code AmazonEC2ContainerServiceV20141113}. */
    String targetPrefix();

    /** The Content-Type of its answers, errors included. */
    default String contentType() {
        return AWS_JSON_1_1;
    }

    /** The member an error's text goes in: {@code message} for ECS and ECR, {@code Message} for App Runner. */
    default String errorMessageMember() {
        return "message";
    }

    /** The error code of an unexpected failure, answered with HTTP 500. */
    default String internalErrorCode() {
        return "ServerException";
    }

    /** An error's {@code __type}: the code itself, or with the namespace some services prefix it with. */
    default String errorType(String errorCode) {
        return errorCode;
    }

    /** Headers an error carries besides its body, e.g. a query-compatible service's {@code x-amzn-query-error}. */
    default Map<String, String> errorHeaders(String errorCode) {
        return Map.of();
    }

    /** Returns the output to serialize; throws GatewayException or {@link WireFault} on failure. */
    Object call(String operation, JsonNode input);
}
