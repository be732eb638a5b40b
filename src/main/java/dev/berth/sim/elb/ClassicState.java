package dev.berth.sim.elb;

import dev.berth.core.model.ClassicHealthCheck;
import dev.berth.core.model.ClassicListener;
import dev.berth.core.model.ClassicLoadBalancer;
import dev.berth.core.model.InstanceState;

import java.time.Instant;
import java.util.List;

/**
 * A Classic Load Balancer. Its instances live in a target group of their own, checked the same way; the Classic
 * API shows their health as InService or OutOfService.
 */
final class ClassicState {
    final String name;
    final String dnsName;
    final String canonicalHostedZoneNameId;
    final List<ClassicListener> listeners;
    final ClassicHealthCheck healthCheck;
    final List<String> zones;
    final List<String> subnets;
    final List<String> securityGroups;
    final String vpcId;
    final String scheme;
    final Instant createdTime;
    final TargetGroupState instances;

    ClassicState(String name, String dnsName, String canonicalHostedZoneNameId, List<ClassicListener> listeners,
                 ClassicHealthCheck healthCheck, List<String> zones, List<String> subnets,
                 List<String> securityGroups, String vpcId, String scheme, Instant createdTime,
                 TargetGroupState instances) {
        this.name = name;
        this.dnsName = dnsName;
        this.canonicalHostedZoneNameId = canonicalHostedZoneNameId;
        this.listeners = List.copyOf(listeners);
        this.healthCheck = healthCheck;
        this.zones = List.copyOf(zones);
        this.subnets = List.copyOf(subnets);
        this.securityGroups = List.copyOf(securityGroups);
        this.vpcId = vpcId;
        this.scheme = scheme;
        this.createdTime = createdTime;
        this.instances = instances;
    }

    ClassicLoadBalancer toClassicLoadBalancer() {
        List<String> registered = instances.targets.values().stream().filter(t -> !t.isDraining())
                .map(t -> t.id).distinct().toList();
        return new ClassicLoadBalancer(name, dnsName, canonicalHostedZoneNameId, listeners, healthCheck, registered,
                zones, subnets, securityGroups, vpcId, scheme, createdTime);
    }

    /** The Classic API's words for a target's state (DescribeInstanceHealth). */
    static InstanceState instanceState(RegisteredTarget target) {
        return switch (target.state) {
            case "healthy" -> new InstanceState(target.id, "InService", "N/A", "N/A");
            case "unhealthy" -> new InstanceState(target.id, "OutOfService", "Instance",
                    "Instance has failed at least the UnhealthyThreshold number of health checks consecutively.");
            default -> new InstanceState(target.id, "OutOfService", "ELB",
                    "Instance registration is still in progress.");
        };
    }
}
