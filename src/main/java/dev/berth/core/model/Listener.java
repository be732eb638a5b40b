package dev.berth.core.model;

import java.util.List;

/** A listener of an Application or Network Load Balancer: a port and protocol, and what it does with requests. */
public record Listener(String listenerArn, String loadBalancerArn, int port, String protocol,
                       List<ElbAction> defaultActions) {
    public Listener {
        defaultActions = List.copyOf(defaultActions);
    }
}
