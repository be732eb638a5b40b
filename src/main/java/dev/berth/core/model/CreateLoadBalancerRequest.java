package dev.berth.core.model;

import java.util.List;

/**
 * CreateLoadBalancer (ELB v2). Null members take AWS's defaults: type {@code application}, scheme
 * {@code internet-facing}, ip address type {@code ipv4}.
 */
public record CreateLoadBalancerRequest(String name, List<String> subnets, List<String> securityGroups,
                                        String scheme, String type, String ipAddressType, List<Tag> tags) {
    public CreateLoadBalancerRequest {
        subnets = subnets == null ? List.of() : List.copyOf(subnets);
        securityGroups = securityGroups == null ? List.of() : List.copyOf(securityGroups);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
