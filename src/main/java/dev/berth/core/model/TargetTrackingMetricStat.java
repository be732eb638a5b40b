package dev.berth.core.model;

/** A metric and the statistic taken of it ("Sum", "Average", ...). */
public record TargetTrackingMetricStat(TargetTrackingMetric metric, String stat, String unit) {
}
