package dev.berth.core.model;

/**
 * One query of a metric math customized metric: either a metric ({@code metricStat}) or an expression over other
 * queries' ids; exactly one query of a specification returns data.
 */
public record TargetTrackingMetricDataQuery(String expression, String id, String label,
                                            TargetTrackingMetricStat metricStat, Boolean returnData) {
}
