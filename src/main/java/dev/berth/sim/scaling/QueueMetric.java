package dev.berth.sim.scaling;

import dev.berth.core.model.CustomizedMetricSpecification;
import dev.berth.core.model.TargetTrackingMetric;
import dev.berth.core.model.TargetTrackingMetricDataQuery;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The customized metrics the simulator can compute for a target tracking policy: an SQS queue's
 * ApproximateNumberOfMessagesVisible, alone or divided by the service's RunningTaskCount in metric math (the
 * backlog per task, as AWS recommends for scaling queue workers, "Scaling policy based on Amazon SQS").
 */
record QueueMetric(String queueName, boolean perTask) {
    static final String VISIBLE = "ApproximateNumberOfMessagesVisible";
    static final String BACKLOG_PER_TASK = "BacklogPerTask";
    private static final Pattern DIVISION = Pattern.compile("\\s*(\\w+)\\s*/\\s*(\\w+)\\s*");
    private static final String SUPPORTED = "The simulator computes the customized metrics AWS/SQS "
            + "ApproximateNumberOfMessagesVisible (dimension QueueName) and, in metric math, that metric divided by "
            + "ECS/ContainerInsights RunningTaskCount of the scaled service (the backlog per task)";

    /** The metric's name in the service's one-minute metrics. */
    String metricName() {
        return perTask ? BACKLOG_PER_TASK : VISIBLE;
    }

    /** Reads the specification as AWS would, refusing what the simulator cannot compute with ValidationException. */
    static QueueMetric of(CustomizedMetricSpecification specification, ServiceKey scaled) {
        if (specification.metrics().isEmpty()) {
            if (specification.metricName() == null || specification.namespace() == null
                    || specification.statistic() == null) {
                throw ScalingErrors.validation("MetricName, Namespace and Statistic must be specified in a "
                        + "CustomizedMetricSpecification without Metrics");
            }
            return new QueueMetric(queueOf(new TargetTrackingMetric(specification.dimensions(),
                    specification.metricName(), specification.namespace())), false);
        }
        if (specification.metricName() != null || specification.namespace() != null) {
            throw ScalingErrors.validation("A CustomizedMetricSpecification has either Metrics or MetricName and "
                    + "Namespace, not both");
        }
        List<TargetTrackingMetricDataQuery> returning = specification.metrics().stream()
                .filter(q -> q.returnData() == null || q.returnData()).toList();
        if (returning.size() != 1) {
            throw ScalingErrors.validation("Exactly one of the Metrics must have ReturnData set to true");
        }
        for (TargetTrackingMetricDataQuery query : specification.metrics()) {
            if (query.id() == null || (query.expression() == null) == (query.metricStat() == null)) {
                throw ScalingErrors.validation("Each metric data query needs an Id and exactly one of Expression "
                        + "or MetricStat");
            }
        }
        Map<String, TargetTrackingMetricDataQuery> byId = specification.metrics().stream()
                .collect(Collectors.toMap(TargetTrackingMetricDataQuery::id, Function.identity(), (a, b) -> {
                    throw ScalingErrors.validation("Metric data query ids must be unique: " + a.id());
                }));
        TargetTrackingMetricDataQuery result = returning.get(0);
        if (result.metricStat() != null) {
            return new QueueMetric(queueOf(result.metricStat().metric()), false);
        }
        Matcher division = DIVISION.matcher(result.expression());
        TargetTrackingMetricDataQuery messages = division.matches() ? byId.get(division.group(1)) : null;
        TargetTrackingMetricDataQuery tasks = division.matches() ? byId.get(division.group(2)) : null;
        if (messages == null || tasks == null || messages.metricStat() == null || tasks.metricStat() == null) {
            throw ScalingErrors.validation(SUPPORTED + "; the expression " + result.expression()
                    + " is not such a division of two metrics");
        }
        TargetTrackingMetric running = tasks.metricStat().metric();
        if (!"RunningTaskCount".equals(running.metricName())
                || !"ECS/ContainerInsights".equals(running.namespace())
                || !scaled.cluster().equals(running.dimension("ClusterName"))
                || !scaled.service().equals(running.dimension("ServiceName"))) {
            throw ScalingErrors.validation(SUPPORTED + "; " + tasks.id() + " must be ECS/ContainerInsights "
                    + "RunningTaskCount with ClusterName " + scaled.cluster() + " and ServiceName "
                    + scaled.service());
        }
        return new QueueMetric(queueOf(messages.metricStat().metric()), true);
    }

    private static String queueOf(TargetTrackingMetric metric) {
        String queueName = metric.dimension("QueueName");
        if (!VISIBLE.equals(metric.metricName()) || !"AWS/SQS".equals(metric.namespace()) || queueName == null) {
            throw ScalingErrors.validation(SUPPORTED + "; " + metric.namespace() + " " + metric.metricName()
                    + " is not one of them");
        }
        return queueName;
    }
}
