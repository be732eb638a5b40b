package dev.berth.core.model;

import java.util.List;

/**
 * RunTask. {@code count} 1–10; launchType and capacityProviderStrategy are exclusive; awsvpc needs subnets;
 * {@code overrides} may be null.
 */
public record RunTaskRequest(
        String cluster,
        String taskDefinition,
        int count,
        String launchType,
        List<CapacityProviderStrategyItem> capacityProviderStrategy,
        String platformVersion,
        NetworkConfiguration networkConfiguration,
        String group,
        String startedBy,
        List<Tag> tags,
        TaskOverride overrides) {
    public RunTaskRequest {
        capacityProviderStrategy = capacityProviderStrategy == null ? List.of() : List.copyOf(capacityProviderStrategy);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** Without overrides, as most callers run a task. */
    public RunTaskRequest(String cluster, String taskDefinition, int count, String launchType,
                          List<CapacityProviderStrategyItem> capacityProviderStrategy, String platformVersion,
                          NetworkConfiguration networkConfiguration, String group, String startedBy, List<Tag> tags) {
        this(cluster, taskDefinition, count, launchType, capacityProviderStrategy, platformVersion,
                networkConfiguration, group, startedBy, tags, null);
    }
}
