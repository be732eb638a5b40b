package dev.berth.core.model;

import java.util.List;

/** A CloudWatch metric named by namespace, name and dimensions, as a target tracking metric query names it. */
public record TargetTrackingMetric(List<MetricDimension> dimensions, String metricName, String namespace) {
    public TargetTrackingMetric {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    }

    /** The value of the named dimension, or null. */
    public String dimension(String name) {
        return dimensions.stream().filter(d -> name.equals(d.name())).map(MetricDimension::value).findFirst()
                .orElse(null);
    }
}
