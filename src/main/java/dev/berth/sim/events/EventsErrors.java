package dev.berth.sim.events;

import dev.berth.core.gateway.GatewayException;

/** EventBridge's errors (and those of the simulated S3, DynamoDB and SNS), with AWS's codes and wording. */
final class EventsErrors {
    private EventsErrors() {
    }

    static GatewayException validation(String message) {
        return GatewayException.client("ValidationException", message);
    }

    static GatewayException noRule(String name) {
        return GatewayException.client("ResourceNotFoundException", "Rule " + name + " does not exist on EventBus "
                + EventsWorld.DEFAULT_BUS + ".");
    }

    static GatewayException invalidPattern(String reason) {
        return GatewayException.client("InvalidEventPatternException", "Event pattern is not valid. Reason: "
                + reason);
    }

    static GatewayException limit(String message) {
        return GatewayException.client("LimitExceededException", message);
    }

    /** Coral's wording for a member outside its model constraint. */
    static GatewayException constraint(String value, String member, String constraint) {
        return validation("1 validation error detected: Value '" + value + "' at '" + member
                + "' failed to satisfy constraint: " + constraint);
    }

    static GatewayException noBucket(String bucket) {
        return GatewayException.client("NoSuchBucket", "The specified bucket does not exist: " + bucket);
    }

    static GatewayException noTable(String table) {
        return GatewayException.client("ResourceNotFoundException", "Requested resource not found: Table: "
                + table + " not found");
    }
}
