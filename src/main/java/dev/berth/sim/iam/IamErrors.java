package dev.berth.sim.iam;

import dev.berth.core.gateway.GatewayException;

/** IAM's errors, with its query protocol's codes and AWS's messages. */
final class IamErrors {
    private IamErrors() {
    }

    static GatewayException noSuchRole(String roleName) {
        return GatewayException.client("NoSuchEntity", "The role with name " + roleName + " cannot be found.");
    }

    static GatewayException noSuchPolicy(String policyArn) {
        return GatewayException.client("NoSuchEntity", "Policy " + policyArn + " does not exist or is not "
                + "attachable.");
    }

    static GatewayException notAttached(String policyArn) {
        return GatewayException.client("NoSuchEntity", "Policy " + policyArn + " was not found.");
    }

    static GatewayException roleExists(String roleName) {
        return GatewayException.client("EntityAlreadyExists", "Role with name " + roleName + " already exists.");
    }

    static GatewayException malformedPolicy() {
        return GatewayException.client("MalformedPolicyDocument", "This policy contains invalid Json");
    }

    static GatewayException tooManyPolicies() {
        return GatewayException.client("LimitExceeded", "Cannot exceed quota for PoliciesPerRole: 10");
    }

    static GatewayException validation(String value, String member, String constraint) {
        return GatewayException.client("ValidationError", "1 validation error detected: Value '" + value + "' at '"
                + member + "' failed to satisfy constraint: " + constraint);
    }
}
