package dev.berth.core.model;

import java.util.List;

/** CreateLoadBalancer of the ELB (2012-06-01) API. Scheme null is {@code internet-facing}. */
public record CreateClassicLoadBalancerRequest(String loadBalancerName, List<ClassicListener> listeners,
                                               List<String> subnets, List<String> securityGroups, String scheme) {
    public CreateClassicLoadBalancerRequest {
        listeners = listeners == null ? List.of() : List.copyOf(listeners);
        subnets = subnets == null ? List.of() : List.copyOf(subnets);
        securityGroups = securityGroups == null ? List.of() : List.copyOf(securityGroups);
    }
}
