package dev.berth.core.model;

/** A metric Application Auto Scaling knows by name; ALBRequestCountPerTarget also names its target group. */
public record PredefinedMetricSpecification(String predefinedMetricType, String resourceLabel) {
}
