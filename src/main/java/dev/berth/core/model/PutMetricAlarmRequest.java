package dev.berth.core.model;

import java.util.List;

/** CloudWatch PutMetricAlarm on one metric's statistic; creates the alarm or replaces the one of that name. */
public record PutMetricAlarmRequest(
        String alarmName,
        Metric metric,
        String statistic,
        int period,
        int evaluationPeriods,
        int datapointsToAlarm,
        double threshold,
        String comparisonOperator,
        List<String> alarmActions) {
    public PutMetricAlarmRequest {
        alarmActions = alarmActions == null ? List.of() : List.copyOf(alarmActions);
    }

    /** An alarm on the one-minute average that goes off on the first breaching minute. */
    public static PutMetricAlarmRequest everyMinute(String alarmName, Metric metric, String comparisonOperator,
                                                    double threshold, List<String> alarmActions) {
        return new PutMetricAlarmRequest(alarmName, metric, "Average", 60, 1, 1, threshold, comparisonOperator,
                alarmActions);
    }
}
