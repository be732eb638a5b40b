package dev.berth.ui.clusters;

import dev.berth.core.model.CapacityProviderStrategyItem;
import dev.berth.core.model.Cluster;
import dev.berth.ui.common.Detail;

import java.util.List;
import java.util.stream.Collectors;

/** The lines of the clusters area's details pane. */
final class ClusterDetails {

    private ClusterDetails() {
    }

    static List<Detail> of(Cluster cluster) {
        return List.of(
                Detail.of("Cluster ARN", cluster.clusterArn()),
                Detail.of("Status", cluster.status()),
                Detail.of("Active services", cluster.activeServicesCount()),
                Detail.of("Running tasks", cluster.runningTasksCount()),
                Detail.of("Pending tasks", cluster.pendingTasksCount()),
                Detail.of("Container instances", cluster.registeredContainerInstancesCount()),
                Detail.of("Capacity providers", String.join(", ", cluster.capacityProviders())),
                Detail.of("Default strategy", cluster.defaultCapacityProviderStrategy().stream()
                        .map(ClusterDetails::strategyText).collect(Collectors.joining(", "))),
                Detail.of("Tags", cluster.tags().stream().map(tag -> tag.key() + "=" + tag.value())
                        .collect(Collectors.joining(", "))));
    }

    private static String strategyText(CapacityProviderStrategyItem item) {
        return item.capacityProvider() + " (base " + item.base() + ", weight " + item.weight() + ")";
    }
}
