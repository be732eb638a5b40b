package dev.berth.core.model;

import java.time.Instant;
import java.util.List;

/**
 * One metric's one-minute datapoints, as CloudWatch GetMetricData returns them with ScanBy TimestampAscending:
 * each timestamp starts its minute; {@code values} pairs with {@code timestamps}.
 */
public record MetricDataResult(String id, String label, List<Instant> timestamps, List<Double> values) {
    public MetricDataResult {
        timestamps = List.copyOf(timestamps);
        values = List.copyOf(values);
    }
}
