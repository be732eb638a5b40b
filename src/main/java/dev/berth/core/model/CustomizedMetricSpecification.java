package dev.berth.core.model;

import java.util.List;

/**
 * A target tracking policy's own metric: one CloudWatch metric ({@code metricName}, {@code namespace},
 * {@code dimensions}, {@code statistic}) or metric math over several ({@code metrics}), e.g. an SQS queue's backlog
 * per task.
 */
public record CustomizedMetricSpecification(String metricName, String namespace, List<MetricDimension> dimensions,
                                            String statistic, String unit,
                                            List<TargetTrackingMetricDataQuery> metrics) {
    public CustomizedMetricSpecification {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
    }

    /**
     * The metric math AWS recommends for scaling a queue's workers: the queue's ApproximateNumberOfMessagesVisible
     * divided by the service's RunningTaskCount (Container Insights), i.e. the backlog per task.
     */
    public static CustomizedMetricSpecification backlogPerTask(String queueName, String cluster, String service) {
        TargetTrackingMetricDataQuery messages = new TargetTrackingMetricDataQuery(null, "m1", null,
                new TargetTrackingMetricStat(new TargetTrackingMetric(List.of(new MetricDimension("QueueName",
                        queueName)), "ApproximateNumberOfMessagesVisible", "AWS/SQS"), "Sum", null), false);
        TargetTrackingMetricDataQuery tasks = new TargetTrackingMetricDataQuery(null, "m2", null,
                new TargetTrackingMetricStat(new TargetTrackingMetric(List.of(new MetricDimension("ClusterName",
                        cluster), new MetricDimension("ServiceName", service)), "RunningTaskCount",
                        "ECS/ContainerInsights"), "Average", null), false);
        TargetTrackingMetricDataQuery backlog = new TargetTrackingMetricDataQuery("m1 / m2", "e1",
                "Backlog per task", null, true);
        return new CustomizedMetricSpecification(null, null, null, null, null, List.of(messages, tasks, backlog));
    }
}
