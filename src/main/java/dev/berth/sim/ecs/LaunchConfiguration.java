package dev.berth.sim.ecs;

import dev.berth.core.model.CapacityProviderStrategyItem;
import dev.berth.core.model.NetworkConfiguration;
import dev.berth.core.model.TaskDefinition;

import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * How a service or RunTask chooses where its tasks run: a launch type, or a capacity provider strategy (the
 * request's, else the cluster's default, else the EC2 launch type). Holds the checks both operations make.
 */
record LaunchConfiguration(String launchType, List<CapacityProviderStrategyItem> capacityProviderStrategy) {
    private static final Set<String> LAUNCH_TYPES = Set.of("EC2", "FARGATE", "EXTERNAL");
    private static final Set<String> FARGATE_PLATFORM_VERSIONS = Set.of("LATEST", "1.4.0", "1.3.0");

    LaunchConfiguration {
        capacityProviderStrategy = List.copyOf(capacityProviderStrategy);
    }

    static LaunchConfiguration resolve(String launchType, List<CapacityProviderStrategyItem> strategy,
                                       ClusterState cluster) {
        if (launchType != null && !strategy.isEmpty()) {
            throw EcsErrors.invalidParameter("Specifying both a launch type and capacity provider strategy is not "
                    + "supported. Remove one and try again.");
        }
        if (launchType != null) {
            if (!LAUNCH_TYPES.contains(launchType)) {
                throw EcsErrors.invalidParameter("launchType must be one of EC2, FARGATE or EXTERNAL.");
            }
            return new LaunchConfiguration(launchType, List.of());
        }
        List<CapacityProviderStrategyItem> chosen = strategy.isEmpty()
                ? cluster.defaultCapacityProviderStrategy : strategy;
        if (chosen.isEmpty()) {
            return new LaunchConfiguration("EC2", List.of());
        }
        CapacityProviders.checkStrategy(chosen, cluster);
        return new LaunchConfiguration(null, chosen);
    }

    boolean isFargate() {
        return "FARGATE".equals(launchType) || (!capacityProviderStrategy.isEmpty()
                && CapacityProviders.isFargate(capacityProviderStrategy.get(0).capacityProvider()));
    }

    /** The checks of the task definition, network and platform version against where the tasks will run. */
    void check(TaskDefinition definition, NetworkConfiguration network, String platformVersion) {
        if ("EXTERNAL".equals(launchType)) {
            throw EcsErrors.invalidParameter("The EXTERNAL launch type needs ECS Anywhere instances, which the "
                    + "simulator does not provide.");
        }
        if (isFargate() && !definition.compatibilities().contains("FARGATE")) {
            throw EcsErrors.invalidParameter("Task definition does not support launch_type FARGATE.");
        }
        boolean awsvpc = "awsvpc".equals(definition.networkMode());
        boolean subnets = network != null && network.awsvpcConfiguration() != null
                && !network.awsvpcConfiguration().subnets().isEmpty();
        if (awsvpc && !subnets) {
            throw EcsErrors.invalidParameter("Network Configuration must be provided when networkMode 'awsvpc' is "
                    + "specified.");
        }
        if (!awsvpc && network != null && network.awsvpcConfiguration() != null) {
            throw EcsErrors.invalidParameter("Network Configuration is not valid for the given networkMode of this "
                    + "task definition.");
        }
        if (platformVersion != null) {
            if (!isFargate()) {
                throw EcsErrors.invalidParameter("The platform version must be null when specifying an EC2 launch "
                        + "type.");
            }
            if (!FARGATE_PLATFORM_VERSIONS.contains(platformVersion)) {
                throw EcsErrors.platformUnknown();
            }
        }
    }

    /** Where the next task goes, given how many tasks each capacity provider already has. */
    LaunchTarget nextTarget(ToIntFunction<String> tasksOfProvider) {
        if (launchType != null) {
            return new LaunchTarget(launchType, null);
        }
        String provider = CapacityProviders.choose(capacityProviderStrategy, tasksOfProvider);
        return new LaunchTarget(CapacityProviders.isFargate(provider) ? "FARGATE" : "EC2", provider);
    }
}
