package dev.berth.sim.eks;

import dev.berth.core.gateway.GatewayException;

/**
 * EKS's errors with AWS's codes. The not-found, in-use and version texts are AWS's own (AWS-BEHAVIOUR.md §4.4, moto
 * copies of real responses, and Terraform logs); the others follow AWS's style.
 */
final class EksErrors {
    private EksErrors() {
    }

    static GatewayException clusterNotFound(String name) {
        return GatewayException.client("ResourceNotFoundException", "No cluster found for name: " + name + ".");
    }

    static GatewayException nodegroupNotFound(String name) {
        return GatewayException.client("ResourceNotFoundException", "No node group found for name: " + name + ".");
    }

    static GatewayException fargateProfileNotFound(String name) {
        return GatewayException.client("ResourceNotFoundException", "No Fargate Profile found with name: " + name
                + ".");
    }

    static GatewayException addonNotFound(String name) {
        return GatewayException.client("ResourceNotFoundException", "No addon: " + name + " found in cluster.");
    }

    static GatewayException updateNotFound(String id) {
        return GatewayException.client("ResourceNotFoundException", "No update found for ID: " + id + ".");
    }

    static GatewayException inUse(String message) {
        return GatewayException.client("ResourceInUseException", message);
    }

    static GatewayException invalidParameter(String message) {
        return GatewayException.client("InvalidParameterException", message);
    }

    static GatewayException invalidRequest(String message) {
        return GatewayException.client("InvalidRequestException", message);
    }

    static GatewayException limitExceeded(String message) {
        return GatewayException.client("ResourceLimitExceededException", message);
    }

    static GatewayException clusterNotActive(String name) {
        return invalidRequest("Cluster '" + name + "' is not in ACTIVE status");
    }
}
