package dev.berth.sim;

import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.EcsInventory;
import dev.berth.core.model.CapacityProvider;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.Page;
import dev.berth.core.model.Service;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Everything the ECS gateway can describe, at one moment: two worlds are the same when their snapshots are equal. */
public record WorldSnapshot(Instant now, List<Cluster> clusters, List<Service> services, List<Task> tasks,
                            List<ContainerInstance> containerInstances, List<TaskDefinition> taskDefinitions,
                            List<CapacityProvider> capacityProviders) {

    public static WorldSnapshot of(Simulator simulator) {
        EcsGateway ecs = simulator.ecs();
        EcsInventory inventory = new EcsInventory(ecs);
        List<Cluster> clusters = inventory.clusters();
        List<Service> services = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        List<ContainerInstance> instances = new ArrayList<>();
        for (Cluster cluster : clusters) {
            services.addAll(inventory.services(cluster.clusterName()));
            tasks.addAll(inventory.tasks(cluster.clusterName(), "RUNNING"));
            tasks.addAll(inventory.tasks(cluster.clusterName(), "STOPPED"));
            instances.addAll(inventory.containerInstances(cluster.clusterName()));
        }
        List<TaskDefinition> definitions = new ArrayList<>();
        String token = null;
        do {
            Page<String> page = ecs.listTaskDefinitions(null, "ALL", null, token, 100);
            page.items().forEach(arn -> definitions.add(ecs.describeTaskDefinition(arn)));
            token = page.nextToken();
        } while (token != null);
        return new WorldSnapshot(simulator.now(), clusters, services, tasks, instances, definitions,
                ecs.describeCapacityProviders(null).items());
    }
}
