package dev.berth.sim;

import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.EcsInventory;
import dev.berth.core.model.CapacityProvider;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.Fault;
import dev.berth.core.model.Page;
import dev.berth.core.model.Service;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything the ECS gateway can describe, at one moment: two worlds are the same when their snapshots are equal.
 * Deleted clusters and services are not listed by AWS, so the snapshot also describes the ones named by the caller.
 */
public record WorldSnapshot(Instant now, List<Cluster> clusters, List<Service> services, List<Task> tasks,
                            List<ContainerInstance> containerInstances, List<TaskDefinition> taskDefinitions,
                            List<CapacityProvider> capacityProviders, List<Fault> faults) {

    /** {@code known}: cluster name → service names, deleted ones included, to describe besides the listed ones. */
    public static WorldSnapshot of(Simulator simulator, Map<String, List<String>> known) {
        EcsGateway ecs = simulator.ecs();
        EcsInventory inventory = new EcsInventory(ecs);
        Set<String> clusterNames = new TreeSet<>(known.keySet());
        inventory.clusters().forEach(c -> clusterNames.add(c.clusterName()));
        List<Cluster> clusters = ecs.describeClusters(List.copyOf(clusterNames)).items();
        List<Service> services = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        List<ContainerInstance> instances = new ArrayList<>();
        for (String cluster : clusters.stream().map(Cluster::clusterName).toList()) {
            Set<String> serviceNames = new TreeSet<>(known.getOrDefault(cluster, List.of()));
            inventory.services(cluster).forEach(s -> serviceNames.add(s.serviceName()));
            for (String service : serviceNames) {
                services.addAll(ecs.describeServices(cluster, List.of(service)).items());
            }
            tasks.addAll(inventory.tasks(cluster, "RUNNING"));
            tasks.addAll(inventory.tasks(cluster, "STOPPED"));
            instances.addAll(inventory.containerInstances(cluster));
        }
        List<TaskDefinition> definitions = new ArrayList<>();
        String token = null;
        do {
            Page<String> page = ecs.listTaskDefinitions(null, "ALL", null, token, 100);
            page.items().forEach(arn -> definitions.add(ecs.describeTaskDefinition(arn)));
            token = page.nextToken();
        } while (token != null);
        return new WorldSnapshot(simulator.now(), clusters, services, tasks, instances, definitions,
                ecs.describeCapacityProviders(null).items(), simulator.faults().listFaults());
    }
}
