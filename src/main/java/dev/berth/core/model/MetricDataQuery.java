package dev.berth.core.model;

/**
 * One query of a GetMetricData call: a metric's statistic under the caller's {@code id} (which names its result),
 * with an optional label; a query whose {@code returnData} is false is not returned. Berth asks for metrics only,
 * not for metric math expressions.
 */
public record MetricDataQuery(String id, MetricStat metricStat, String label, Boolean returnData) {

    /** The statistic of {@code metric} over one-minute periods, returned under {@code id}. */
    public static MetricDataQuery perMinute(String id, Metric metric, String stat) {
        return new MetricDataQuery(id, new MetricStat(metric, 60, stat), null, null);
    }
}
