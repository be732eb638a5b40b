package dev.berth.core.model;

import java.time.Instant;
import java.util.List;

/**
 * A Classic Load Balancer as the ELB (2012-06-01) API describes it ({@code LoadBalancerDescription}): listeners from
 * its port to the instances' port, one health check, and the instances registered with it.
 */
public record ClassicLoadBalancer(
        String loadBalancerName,
        String dnsName,
        String canonicalHostedZoneNameId,
        List<ClassicListener> listenerDescriptions,
        ClassicHealthCheck healthCheck,
        List<String> instances,
        List<String> availabilityZones,
        List<String> subnets,
        List<String> securityGroups,
        String vpcId,
        String scheme,
        Instant createdTime) {
    public ClassicLoadBalancer {
        listenerDescriptions = List.copyOf(listenerDescriptions);
        instances = List.copyOf(instances);
        availabilityZones = List.copyOf(availabilityZones);
        subnets = List.copyOf(subnets);
        securityGroups = List.copyOf(securityGroups);
    }
}
