package dev.berth.core.model;

/**
 * ModifyTargetGroup (ELB v2): the target group's health check settings; a null member stays as it is. Ranges as
 * AWS checks them: interval 5–300 s, timeout 2–120 s and below the interval, thresholds 2–10, path 1–1024
 * characters starting with {@code /}.
 */
public record ModifyTargetGroupRequest(
        String targetGroupArn,
        String healthCheckProtocol,
        String healthCheckPort,
        String healthCheckPath,
        Boolean healthCheckEnabled,
        Integer healthCheckIntervalSeconds,
        Integer healthCheckTimeoutSeconds,
        Integer healthyThresholdCount,
        Integer unhealthyThresholdCount,
        Matcher matcher) {

    /** Only the health check path changes. */
    public static ModifyTargetGroupRequest healthCheckPath(String targetGroupArn, String path) {
        return new ModifyTargetGroupRequest(targetGroupArn, null, null, path, null, null, null, null, null, null);
    }
}
