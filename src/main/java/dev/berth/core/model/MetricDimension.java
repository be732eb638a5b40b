package dev.berth.core.model;

/** A CloudWatch metric's dimension, e.g. QueueName or ClusterName. */
public record MetricDimension(String name, String value) {
}
