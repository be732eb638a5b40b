package dev.berth.sim.sqs;

import dev.berth.core.gateway.GatewayException;

/** SQS's errors, with the codes of its API model and the messages SQS sends. */
final class SqsErrors {
    private SqsErrors() {
    }

    static GatewayException noQueue() {
        return GatewayException.client("QueueDoesNotExist", "The specified queue does not exist.");
    }

    static GatewayException invalidParameter(String message) {
        return GatewayException.client("InvalidParameterValue", message);
    }

    static GatewayException unknownAttribute(String name) {
        return GatewayException.client("InvalidAttributeName", "Unknown Attribute " + name + ".");
    }

    static GatewayException invalidAttributeValue(String name) {
        return GatewayException.client("InvalidAttributeValue", "Invalid value for the parameter " + name + ".");
    }

    static GatewayException missing(String parameter) {
        return GatewayException.client("MissingParameter", "The request must contain the parameter " + parameter
                + ".");
    }
}
