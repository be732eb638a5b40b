package dev.berth.core.model;

import java.util.List;

/**
 * A target group as DescribeTargetGroups returns it. {@code loadBalancerArns} are the load balancers whose listeners
 * forward to it; target type {@code instance}, {@code ip}, {@code lambda} or {@code alb}.
 */
public record TargetGroup(
        String targetGroupArn,
        String targetGroupName,
        String protocol,
        Integer port,
        String vpcId,
        String healthCheckProtocol,
        String healthCheckPort,
        boolean healthCheckEnabled,
        int healthCheckIntervalSeconds,
        int healthCheckTimeoutSeconds,
        int healthyThresholdCount,
        int unhealthyThresholdCount,
        String healthCheckPath,
        Matcher matcher,
        List<String> loadBalancerArns,
        String targetType,
        String protocolVersion,
        String ipAddressType) {
    public TargetGroup {
        loadBalancerArns = List.copyOf(loadBalancerArns);
    }
}
