package dev.berth.core.model;

/** A metric, the period its datapoints aggregate (seconds) and the statistic (Average, Sum, Maximum, ...). */
public record MetricStat(Metric metric, int period, String stat) {
}
