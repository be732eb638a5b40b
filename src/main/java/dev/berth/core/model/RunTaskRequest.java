package dev.berth.core.model;

import java.util.List;

/** RunTask. {@code count} 1–10; launchType and capacityProviderStrategy are exclusive; awsvpc needs subnets. */
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
        List<Tag> tags) {
    public RunTaskRequest {
        capacityProviderStrategy = capacityProviderStrategy == null ? List.of() : List.copyOf(capacityProviderStrategy);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
