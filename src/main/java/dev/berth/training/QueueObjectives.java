package dev.berth.training;

import dev.berth.core.gateway.ScalingGateway;
import dev.berth.core.model.CustomizedMetricSpecification;
import dev.berth.core.model.MetricDimension;
import dev.berth.core.model.ScalingNames;
import dev.berth.core.model.ScalingPolicy;
import dev.berth.core.model.TargetTrackingMetricDataQuery;
import dev.berth.core.model.TargetTrackingScalingPolicyConfiguration;

import java.util.List;

/** The objectives about scaling queue workers, checked with Application Auto Scaling DescribeScalingPolicies. */
final class QueueObjectives {
    private static final String VISIBLE = "ApproximateNumberOfMessagesVisible";
    private static final String QUEUE_DIMENSION = "QueueName";

    private QueueObjectives() {
    }

    static ObjectiveCheck backlogTrackingPolicy(Objective.BacklogTrackingPolicy o, ScalingGateway scaling) {
        List<ScalingPolicy> policies = scaling.describeScalingPolicies(ScalingNames.ECS, null,
                ScalingNames.resourceId(o.cluster(), o.service()), ScalingNames.DESIRED_COUNT, null, null).items();
        for (ScalingPolicy policy : policies) {
            TargetTrackingScalingPolicyConfiguration tracking = policy.targetTrackingScalingPolicyConfiguration();
            if (tracking != null && tracking.customizedMetricSpecification() != null
                    && backlogPerTask(tracking.customizedMetricSpecification(), o.queue())
                    && o.targetValue().equals(tracking.targetValue())) {
                return ObjectiveCheck.met("Policy " + policy.policyName() + " tracks it.");
            }
        }
        return ObjectiveCheck.notYet(policies.isEmpty() ? "The service has no scaling policy yet."
                : "No policy tracks the backlog per task of " + o.queue() + " at " + Objective.number(o.targetValue())
                + ".");
    }

    /**
     * Whether the metric is the queue's backlog per task: metric math whose returned expression divides, over a
     * query of the queue's ApproximateNumberOfMessagesVisible.
     */
    private static boolean backlogPerTask(CustomizedMetricSpecification metric, String queue) {
        boolean visibleOfQueue = metric.metrics().stream().anyMatch(q -> q.metricStat() != null
                && VISIBLE.equals(q.metricStat().metric().metricName())
                && q.metricStat().metric().dimensions().contains(new MetricDimension(QUEUE_DIMENSION, queue)));
        boolean divides = metric.metrics().stream().filter(q -> q.returnData() == null || q.returnData())
                .map(TargetTrackingMetricDataQuery::expression).anyMatch(e -> e != null && e.contains("/"));
        return visibleOfQueue && divides;
    }
}
