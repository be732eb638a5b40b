package dev.berth.sim.ecs;

import dev.berth.core.gateway.GatewayException;

/**
 * ECS's errors with AWS's codes and messages. Texts marked [obs] in AWS-BEHAVIOUR.md are AWS's own; the others
 * follow AWS's style where no real response was available to copy.
 */
final class EcsErrors {
    private EcsErrors() {
    }

    static GatewayException clusterNotFound() {
        return GatewayException.client("ClusterNotFoundException", "Cluster not found.");
    }

    static GatewayException clusterInactive() {
        return GatewayException.client("ClusterNotFoundException", "The referenced cluster was inactive.");
    }

    static GatewayException serviceNotFound() {
        return GatewayException.client("ServiceNotFoundException", "Service not found.");
    }

    static GatewayException serviceNotActive() {
        return GatewayException.client("ServiceNotActiveException", "Service was not ACTIVE.");
    }

    static GatewayException platformUnknown() {
        return GatewayException.client("PlatformUnknownException", "The specified platform version does not exist.");
    }

    static GatewayException invalidParameter(String message) {
        return GatewayException.client("InvalidParameterException", message);
    }

    static GatewayException client(String message) {
        return GatewayException.client("ClientException", message);
    }
}
