package dev.berth.sim.elb;

import dev.berth.core.model.ElbAvailabilityZone;
import dev.berth.core.model.ElbLoadBalancer;
import dev.berth.core.model.LoadBalancerState;

import java.time.Instant;
import java.util.List;

/** An Application or Network Load Balancer: {@code provisioning} for a while after creation, then {@code active}. */
final class BalancerState {
    final String arn;
    final String name;
    final String type;
    final String scheme;
    final String dnsName;
    final String canonicalHostedZoneId;
    final String vpcId;
    final List<ElbAvailabilityZone> zones;
    final List<String> securityGroups;
    final String ipAddressType;
    final Instant createdTime;
    String state = "provisioning";

    BalancerState(String arn, String name, String type, String scheme, String dnsName, String canonicalHostedZoneId,
                  String vpcId, List<ElbAvailabilityZone> zones, List<String> securityGroups, String ipAddressType,
                  Instant createdTime) {
        this.arn = arn;
        this.name = name;
        this.type = type;
        this.scheme = scheme;
        this.dnsName = dnsName;
        this.canonicalHostedZoneId = canonicalHostedZoneId;
        this.vpcId = vpcId;
        this.zones = List.copyOf(zones);
        this.securityGroups = List.copyOf(securityGroups);
        this.ipAddressType = ipAddressType;
        this.createdTime = createdTime;
    }

    boolean isActive() {
        return "active".equals(state);
    }

    boolean isNetwork() {
        return "network".equals(type);
    }

    ElbLoadBalancer toLoadBalancer() {
        return new ElbLoadBalancer(arn, dnsName, canonicalHostedZoneId, createdTime, name, scheme, vpcId,
                new LoadBalancerState(state, null), type, zones, isNetwork() ? List.of() : securityGroups,
                ipAddressType);
    }
}
