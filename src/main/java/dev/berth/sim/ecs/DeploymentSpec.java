package dev.berth.sim.ecs;

import dev.berth.core.model.CapacityProviderStrategyItem;
import dev.berth.core.model.LoadBalancer;
import dev.berth.core.model.NetworkConfiguration;
import dev.berth.core.model.TaskDefinition;

import java.util.List;

/**
 * What a deployment runs, and behind which load balancers its tasks register. A change to any of it starts a new
 * deployment; a change of desired count alone does not.
 */
record DeploymentSpec(TaskDefinition taskDefinition, String launchType,
                      List<CapacityProviderStrategyItem> capacityProviderStrategy, String platformVersion,
                      NetworkConfiguration networkConfiguration, List<LoadBalancer> loadBalancers) {
    DeploymentSpec {
        capacityProviderStrategy = List.copyOf(capacityProviderStrategy);
        loadBalancers = List.copyOf(loadBalancers);
    }
}
