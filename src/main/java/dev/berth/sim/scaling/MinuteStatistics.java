package dev.berth.sim.scaling;

import dev.berth.core.model.MetricDataResult;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * CloudWatch's statistics over the simulator's one-minute datapoints, one value a minute: a period of several minutes
 * aggregates the minutes that start in it.
 */
public final class MinuteStatistics {
    /** The statistics CloudWatch computes for every metric (percentiles aside). */
    public static final List<String> STATISTICS = List.of("SampleCount", "Average", "Sum", "Minimum", "Maximum");

    private MinuteStatistics() {
    }

    /** {@code stat} of the values of one period; the period has at least one. */
    public static double of(String stat, List<Double> values) {
        return switch (stat) {
            case "SampleCount" -> values.size();
            case "Sum" -> values.stream().mapToDouble(Double::doubleValue).sum();
            case "Minimum" -> values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            case "Maximum" -> values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            default -> values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        };
    }

    /**
     * The minutes' {@code stat} per period of {@code periodSeconds}, periods aligned to whole multiples of the period
     * as CloudWatch aligns them; a period without datapoints has none.
     */
    public static MetricDataResult perPeriod(MetricDataResult minutes, String id, String label, int periodSeconds,
                                             String stat) {
        long periodMillis = periodSeconds * 1000L;
        Map<Long, List<Double>> periods = new TreeMap<>();
        for (int i = 0; i < minutes.timestamps().size(); i++) {
            long periodStart = Math.floorDiv(minutes.timestamps().get(i).toEpochMilli(), periodMillis) * periodMillis;
            periods.computeIfAbsent(periodStart, start -> new ArrayList<>()).add(minutes.values().get(i));
        }
        List<Instant> timestamps = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        periods.forEach((start, periodValues) -> {
            timestamps.add(Instant.ofEpochMilli(start));
            values.add(of(stat, periodValues));
        });
        return new MetricDataResult(id, label, timestamps, values);
    }
}
