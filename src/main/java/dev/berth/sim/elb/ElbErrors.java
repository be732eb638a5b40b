package dev.berth.sim.elb;

import dev.berth.core.gateway.GatewayException;

/**
 * Elastic Load Balancing's errors, with the error codes of its query protocol (the botocore model's
 * {@code error.code}, e.g. {@code TargetGroupNotFound}) and messages in AWS's words where known.
 */
final class ElbErrors {
    private ElbErrors() {
    }

    static GatewayException loadBalancerNotFound() {
        return GatewayException.client("LoadBalancerNotFound", "One or more load balancers not found");
    }

    /** The Classic API names the missing load balancer. */
    static GatewayException classicNotFound(String name) {
        return GatewayException.client("LoadBalancerNotFound", "There is no ACTIVE Load Balancer named '" + name
                + "'");
    }

    static GatewayException targetGroupNotFound() {
        return GatewayException.client("TargetGroupNotFound", "One or more target groups not found");
    }

    static GatewayException listenerNotFound() {
        return GatewayException.client("ListenerNotFound", "One or more listeners not found");
    }

    static GatewayException validation(String message) {
        return GatewayException.client("ValidationError", message);
    }

    static GatewayException invalidConfiguration(String message) {
        return GatewayException.client("InvalidConfigurationRequest", message);
    }
}
