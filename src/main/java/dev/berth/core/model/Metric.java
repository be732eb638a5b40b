package dev.berth.core.model;

import java.util.List;

/**
 * A CloudWatch metric: its namespace, name and dimensions. The factories name the metrics the views chart, with the
 * dimensions AWS publishes them under.
 */
public record Metric(String namespace, String metricName, List<MetricDimension> dimensions) {
    public static final String ECS = "AWS/ECS";
    public static final String CONTAINER_INSIGHTS = "ECS/ContainerInsights";
    public static final String APPLICATION_ELB = "AWS/ApplicationELB";
    public static final String SQS = "AWS/SQS";
    public static final String MANAGED_SCALING = "AWS/ECS/ManagedScaling";
    public static final String AUTO_SCALING = "AWS/AutoScaling";
    public static final String APP_RUNNER = "AWS/AppRunner";

    public Metric {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    }

    /** AWS/ECS CPUUtilization or MemoryUtilization of a service. */
    public static Metric ecsService(String metricName, String cluster, String service) {
        return new Metric(ECS, metricName, serviceDimensions(cluster, service));
    }

    /** Container Insights' RunningTaskCount of a service. */
    public static Metric runningTaskCount(String cluster, String service) {
        return new Metric(CONTAINER_INSIGHTS, "RunningTaskCount", serviceDimensions(cluster, service));
    }

    /** AWS/ApplicationELB RequestCount or RequestCountPerTarget of a target group, given by its ARN. */
    public static Metric targetGroup(String metricName, String targetGroupArn) {
        return new Metric(APPLICATION_ELB, metricName, List.of(new MetricDimension("TargetGroup",
                targetGroupArn.substring(targetGroupArn.lastIndexOf(':') + 1))));
    }

    /** AWS/SQS ApproximateNumberOfMessagesVisible of a queue. */
    public static Metric visibleMessages(String queueName) {
        return new Metric(SQS, "ApproximateNumberOfMessagesVisible",
                List.of(new MetricDimension("QueueName", queueName)));
    }

    /** AWS/ECS/ManagedScaling CapacityProviderReservation of a cluster's capacity provider. */
    public static Metric capacityProviderReservation(String cluster, String capacityProvider) {
        return new Metric(MANAGED_SCALING, "CapacityProviderReservation", List.of(
                new MetricDimension("CapacityProviderName", capacityProvider),
                new MetricDimension("ClusterName", cluster)));
    }

    /**
     * AWS/AutoScaling GroupDesiredCapacity or GroupInServiceInstances of an auto scaling group, given by its ARN
     * ({@code ...:autoScalingGroup:UUID:autoScalingGroupName/NAME}), as a capacity provider names it.
     */
    public static Metric autoScalingGroup(String metricName, String autoScalingGroupArn) {
        return new Metric(AUTO_SCALING, metricName, List.of(new MetricDimension("AutoScalingGroupName",
                AutoScalingGroup.nameOf(autoScalingGroupArn))));
    }

    /** AWS/AppRunner ActiveInstances or Concurrency of a service, named by its name and id. */
    public static Metric appRunnerService(String metricName, String serviceName, String serviceId) {
        return new Metric(APP_RUNNER, metricName, List.of(new MetricDimension("ServiceName", serviceName),
                new MetricDimension("ServiceID", serviceId)));
    }

    /** The value of the named dimension, or null when the metric has none of that name. */
    public String dimension(String name) {
        return dimensions.stream().filter(d -> d.name().equals(name)).map(MetricDimension::value).findFirst()
                .orElse(null);
    }

    private static List<MetricDimension> serviceDimensions(String cluster, String service) {
        return List.of(new MetricDimension("ClusterName", cluster), new MetricDimension("ServiceName", service));
    }
}
