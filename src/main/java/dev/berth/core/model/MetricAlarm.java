package dev.berth.core.model;

import java.util.List;

/**
 * A CloudWatch metric alarm on one metric: ALARM when {@code datapointsToAlarm} of the last
 * {@code evaluationPeriods} periods' {@code statistic} breach the threshold. Its {@code alarmActions} name the step
 * scaling policies it invokes, by ARN, every minute it stays in ALARM. {@code stateValue} is OK, ALARM or
 * INSUFFICIENT_DATA.
 */
public record MetricAlarm(
        String alarmName,
        String alarmArn,
        String namespace,
        String metricName,
        List<MetricDimension> dimensions,
        String statistic,
        int period,
        int evaluationPeriods,
        int datapointsToAlarm,
        double threshold,
        String comparisonOperator,
        List<String> alarmActions,
        String stateValue) {
    public MetricAlarm {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
        alarmActions = alarmActions == null ? List.of() : List.copyOf(alarmActions);
    }

    public Metric metric() {
        return new Metric(namespace, metricName, dimensions);
    }
}
