package dev.berth.core.model;

import java.util.List;

/** CreateListener. Protocol null takes HTTP on an Application and TCP on a Network Load Balancer. */
public record CreateListenerRequest(String loadBalancerArn, String protocol, Integer port,
                                    List<ElbAction> defaultActions) {
    public CreateListenerRequest {
        defaultActions = defaultActions == null ? List.of() : List.copyOf(defaultActions);
    }
}
