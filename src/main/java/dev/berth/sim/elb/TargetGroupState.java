package dev.berth.sim.elb;

import dev.berth.core.gateway.ElbGateway;
import dev.berth.core.model.Matcher;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TargetGroupAttribute;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A target group: its health check settings, attributes and registered targets. A Classic Load Balancer keeps its
 * instances in one too, named by its {@link #key}; an ELB v2 group's key is its ARN.
 */
final class TargetGroupState {
    final String key;
    final String name;
    final String protocol;
    final Integer port;
    final String vpcId;
    final String targetType;
    /** The health check settings; ModifyTargetGroup changes them, and the next check uses them. */
    String healthCheckProtocol;
    String healthCheckPort;
    String healthCheckPath;
    int intervalSeconds;
    int timeoutSeconds;
    int healthyThreshold;
    int unhealthyThreshold;
    Matcher matcher;
    final Map<String, String> attributes = new LinkedHashMap<>();
    /** Targets by {@link RegisteredTarget#key}, in the order they were registered. */
    final Map<String, RegisteredTarget> targets = new LinkedHashMap<>();

    TargetGroupState(String key, String name, String protocol, Integer port, String vpcId, String targetType,
                     String healthCheckProtocol, String healthCheckPort, String healthCheckPath, int intervalSeconds,
                     int timeoutSeconds, int healthyThreshold, int unhealthyThreshold, Matcher matcher,
                     int deregistrationDelaySeconds) {
        this.key = key;
        this.name = name;
        this.protocol = protocol;
        this.port = port;
        this.vpcId = vpcId;
        this.targetType = targetType;
        this.healthCheckProtocol = healthCheckProtocol;
        this.healthCheckPort = healthCheckPort;
        this.healthCheckPath = healthCheckPath;
        this.intervalSeconds = intervalSeconds;
        this.timeoutSeconds = timeoutSeconds;
        this.healthyThreshold = healthyThreshold;
        this.unhealthyThreshold = unhealthyThreshold;
        this.matcher = matcher;
        attributes.put(ElbGateway.DEREGISTRATION_DELAY, String.valueOf(deregistrationDelaySeconds));
        attributes.put("stickiness.enabled", "false");
        attributes.put("load_balancing.cross_zone.enabled", "use_load_balancer_configuration");
    }

    int deregistrationDelaySeconds() {
        return Integer.parseInt(attributes.get(ElbGateway.DEREGISTRATION_DELAY));
    }

    /** HTTP and HTTPS checks report response codes and timeouts; TCP-style checks only that they failed. */
    boolean checksHttp() {
        return "HTTP".equals(healthCheckProtocol) || "HTTPS".equals(healthCheckProtocol);
    }

    List<TargetGroupAttribute> attributeList() {
        return attributes.entrySet().stream().map(e -> new TargetGroupAttribute(e.getKey(), e.getValue())).toList();
    }

    TargetGroup toTargetGroup(List<String> loadBalancerArns) {
        return new TargetGroup(key, name, protocol, port, vpcId, healthCheckProtocol, healthCheckPort, true,
                intervalSeconds, timeoutSeconds, healthyThreshold, unhealthyThreshold, healthCheckPath, matcher,
                loadBalancerArns, targetType, checksHttp() ? "HTTP1" : null, "ipv4");
    }
}
