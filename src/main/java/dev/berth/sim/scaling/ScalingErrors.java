package dev.berth.sim.scaling;

import dev.berth.core.gateway.GatewayException;

/** Application Auto Scaling's errors; the ObjectNotFound texts follow AWS's (AWS-BEHAVIOUR.md §6). */
final class ScalingErrors {
    private ScalingErrors() {
    }

    static GatewayException validation(String message) {
        return GatewayException.client("ValidationException", message);
    }

    static GatewayException noTarget(String resourceId) {
        return GatewayException.client("ObjectNotFoundException", "No scalable target registered for service "
                + "namespace: ecs, resource ID: " + resourceId + ", scalable dimension: ecs:service:DesiredCount");
    }

    static GatewayException noPolicy(String resourceId, String policyName) {
        return GatewayException.client("ObjectNotFoundException", "No scaling policy found for service namespace: "
                + "ecs, resource ID: " + resourceId + ", scalable dimension: ecs:service:DesiredCount, policy name: "
                + policyName);
    }

    static GatewayException noScheduledAction(String resourceId, String name) {
        return GatewayException.client("ObjectNotFoundException", "No scheduled action found for service "
                + "namespace: ecs, resource ID: " + resourceId + ", scalable dimension: ecs:service:DesiredCount, "
                + "scheduled action name: " + name);
    }

    static GatewayException invalidNextToken() {
        return GatewayException.client("InvalidNextTokenException", "Invalid token");
    }

    /** Coral's wording for a member outside its model constraint. */
    static GatewayException constraint(String value, String member, String constraint) {
        return validation("1 validation error detected: Value '" + value + "' at '" + member
                + "' failed to satisfy constraint: " + constraint);
    }
}
