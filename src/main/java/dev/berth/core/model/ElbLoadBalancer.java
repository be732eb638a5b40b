package dev.berth.core.model;

import java.time.Instant;
import java.util.List;

/**
 * An Application or Network Load Balancer as Elastic Load Balancing (v2) describes it ({@code LoadBalancer} in the
 * ELB API; prefixed here because ECS has its own {@link LoadBalancer}). Type {@code application} or {@code network};
 * scheme {@code internet-facing} or {@code internal}.
 */
public record ElbLoadBalancer(
        String loadBalancerArn,
        String dnsName,
        String canonicalHostedZoneId,
        Instant createdTime,
        String loadBalancerName,
        String scheme,
        String vpcId,
        LoadBalancerState state,
        String type,
        List<ElbAvailabilityZone> availabilityZones,
        List<String> securityGroups,
        String ipAddressType) {
    public ElbLoadBalancer {
        availabilityZones = List.copyOf(availabilityZones);
        securityGroups = List.copyOf(securityGroups);
    }
}
