package dev.berth.core.model;

import java.util.List;

/**
 * A CloudWatch metric alarm on one of a service's AWS/ECS or load balancer metrics (CPUUtilization,
 * MemoryUtilization, RequestCount, RequestCountPerTarget, RunningTaskCount) at a one-minute period: ALARM when
 * {@code datapointsToAlarm} of the last {@code evaluationPeriods} datapoints breach the threshold. Its
 * {@code alarmActions} name the step scaling policies it invokes, by ARN, every minute it stays in ALARM.
 * {@code stateValue} is OK, ALARM or INSUFFICIENT_DATA; it is ignored when the alarm is put.
 */
public record MetricAlarm(
        String alarmName,
        String metricName,
        String clusterName,
        String serviceName,
        String comparisonOperator,
        double threshold,
        int evaluationPeriods,
        int datapointsToAlarm,
        List<String> alarmActions,
        String stateValue) {
    public MetricAlarm {
        alarmActions = alarmActions == null ? List.of() : List.copyOf(alarmActions);
    }
}
