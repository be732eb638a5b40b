package dev.berth.ui.clusters;

import dev.berth.core.model.AutoScalingGroup;
import dev.berth.core.model.CapacityProvider;
import dev.berth.core.model.MetricDataResult;

import java.util.List;

/**
 * A capacity provider of the selected cluster with its auto scaling group's one-minute CloudWatch metrics (empty for
 * a provider without a group): CapacityProviderReservation, GroupDesiredCapacity and GroupInServiceInstances; and the
 * group itself with its sizes (null for Fargate, and when EC2 Auto Scaling could not be read).
 */
record ProviderCapacity(CapacityProvider provider, List<MetricDataResult> metrics, AutoScalingGroup group) {
    ProviderCapacity {
        metrics = List.copyOf(metrics);
    }

    /** The latest value of a metric, or null when there is none. */
    Double latest(String metricId) {
        return metrics.stream().filter(m -> m.id().equals(metricId) && !m.values().isEmpty())
                .map(m -> m.values().get(m.values().size() - 1)).findFirst().orElse(null);
    }
}
