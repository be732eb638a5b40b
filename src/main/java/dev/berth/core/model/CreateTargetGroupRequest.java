package dev.berth.core.model;

/**
 * CreateTargetGroup. Null members take AWS's defaults for the protocol: target type {@code instance}; health check
 * on the traffic port every 30 s, timeout 6 s (HTTP) or 10 s (TCP, TLS, HTTPS), healthy threshold 5, unhealthy
 * threshold 2, path {@code /}, success code 200.
 */
public record CreateTargetGroupRequest(
        String name,
        String protocol,
        Integer port,
        String vpcId,
        String targetType,
        String healthCheckProtocol,
        String healthCheckPort,
        Boolean healthCheckEnabled,
        String healthCheckPath,
        Integer healthCheckIntervalSeconds,
        Integer healthCheckTimeoutSeconds,
        Integer healthyThresholdCount,
        Integer unhealthyThresholdCount,
        Matcher matcher) {

    /** A target group with every health check setting left to AWS's defaults. */
    public static CreateTargetGroupRequest of(String name, String protocol, int port, String vpcId,
                                              String targetType) {
        return new CreateTargetGroupRequest(name, protocol, port, vpcId, targetType, null, null, null, null, null,
                null, null, null, null);
    }
}
