package dev.berth.sim;

import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.model.AutoScalingGroupProviderUpdate;
import dev.berth.core.model.CapacityProvider;
import dev.berth.core.model.CapacityProviderStrategyItem;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.CreateCapacityProviderRequest;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.Described;
import dev.berth.core.model.ListTasksRequest;
import dev.berth.core.model.Page;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.RunTaskRequest;
import dev.berth.core.model.RunTaskResult;
import dev.berth.core.model.Service;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.UpdateServiceRequest;
import dev.berth.sim.ecs.CreateCapacityProviderCommand;
import dev.berth.sim.ecs.CreateClusterCommand;
import dev.berth.sim.ecs.DeleteCapacityProviderCommand;
import dev.berth.sim.ecs.CreateServiceCommand;
import dev.berth.sim.ecs.DeleteClusterCommand;
import dev.berth.sim.ecs.DeleteServiceCommand;
import dev.berth.sim.ecs.DeregisterTaskDefinitionCommand;
import dev.berth.sim.ecs.PutClusterCapacityProvidersCommand;
import dev.berth.sim.ecs.RegisterTaskDefinitionCommand;
import dev.berth.sim.ecs.RunTaskCommand;
import dev.berth.sim.ecs.StopTaskCommand;
import dev.berth.sim.ecs.UpdateCapacityProviderCommand;
import dev.berth.sim.ecs.UpdateContainerInstancesStateCommand;
import dev.berth.sim.ecs.UpdateServiceCommand;

import java.util.List;

/** The simulator behind {@link EcsGateway}: changes become journaled commands, reads look at the world directly. */
final class SimEcsGateway implements EcsGateway {
    private final Simulator simulator;

    SimEcsGateway(Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public Cluster createCluster(CreateClusterRequest request) {
        return simulator.execute(new CreateClusterCommand(request));
    }

    @Override
    public Cluster deleteCluster(String cluster) {
        return simulator.execute(new DeleteClusterCommand(cluster));
    }

    @Override
    public Described<Cluster> describeClusters(List<String> clusters) {
        return simulator.read(ecs -> ecs.describeClusters(clusters));
    }

    @Override
    public Page<String> listClusters(String nextToken, Integer maxResults) {
        return simulator.read(ecs -> ecs.listClusters(nextToken, maxResults));
    }

    @Override
    public TaskDefinition registerTaskDefinition(RegisterTaskDefinitionRequest request) {
        return simulator.execute(new RegisterTaskDefinitionCommand(request));
    }

    @Override
    public TaskDefinition deregisterTaskDefinition(String taskDefinition) {
        return simulator.execute(new DeregisterTaskDefinitionCommand(taskDefinition));
    }

    @Override
    public TaskDefinition describeTaskDefinition(String taskDefinition) {
        return simulator.read(ecs -> ecs.describeTaskDefinition(taskDefinition));
    }

    @Override
    public Page<String> listTaskDefinitionFamilies(String familyPrefix, String status, String nextToken,
                                                   Integer maxResults) {
        return simulator.read(ecs -> ecs.listTaskDefinitionFamilies(familyPrefix, status, nextToken, maxResults));
    }

    @Override
    public Page<String> listTaskDefinitions(String familyPrefix, String status, String sort, String nextToken,
                                            Integer maxResults) {
        return simulator.read(ecs -> ecs.listTaskDefinitions(familyPrefix, status, sort, nextToken, maxResults));
    }

    @Override
    public Service createService(CreateServiceRequest request) {
        return simulator.execute(new CreateServiceCommand(request));
    }

    @Override
    public Service updateService(UpdateServiceRequest request) {
        return simulator.execute(new UpdateServiceCommand(request));
    }

    @Override
    public Service deleteService(String cluster, String service, boolean force) {
        return simulator.execute(new DeleteServiceCommand(cluster, service, force));
    }

    @Override
    public Described<Service> describeServices(String cluster, List<String> services) {
        return simulator.read(ecs -> ecs.describeServices(cluster, services));
    }

    @Override
    public Page<String> listServices(String cluster, String nextToken, Integer maxResults) {
        return simulator.read(ecs -> ecs.listServices(cluster, nextToken, maxResults));
    }

    @Override
    public RunTaskResult runTask(RunTaskRequest request) {
        return simulator.execute(new RunTaskCommand(request));
    }

    @Override
    public Task stopTask(String cluster, String task, String reason) {
        return simulator.execute(new StopTaskCommand(cluster, task, reason));
    }

    @Override
    public Described<Task> describeTasks(String cluster, List<String> tasks) {
        return simulator.read(ecs -> ecs.describeTasks(cluster, tasks));
    }

    @Override
    public Page<String> listTasks(ListTasksRequest request) {
        return simulator.read(ecs -> ecs.listTasks(request));
    }

    @Override
    public Page<String> listContainerInstances(String cluster, String status, String nextToken, Integer maxResults) {
        return simulator.read(ecs -> ecs.listContainerInstances(cluster, status, nextToken, maxResults));
    }

    @Override
    public Described<ContainerInstance> describeContainerInstances(String cluster, List<String> containerInstances) {
        return simulator.read(ecs -> ecs.describeContainerInstances(cluster, containerInstances));
    }

    @Override
    public Described<CapacityProvider> describeCapacityProviders(List<String> capacityProviders) {
        return simulator.read(ecs -> ecs.describeCapacityProviders(capacityProviders));
    }

    @Override
    public CapacityProvider createCapacityProvider(CreateCapacityProviderRequest request) {
        return simulator.execute(new CreateCapacityProviderCommand(request));
    }

    @Override
    public CapacityProvider updateCapacityProvider(String name, AutoScalingGroupProviderUpdate update) {
        return simulator.execute(new UpdateCapacityProviderCommand(name, update));
    }

    @Override
    public CapacityProvider deleteCapacityProvider(String capacityProvider) {
        return simulator.execute(new DeleteCapacityProviderCommand(capacityProvider));
    }

    @Override
    public Cluster putClusterCapacityProviders(String cluster, List<String> capacityProviders,
                                               List<CapacityProviderStrategyItem> defaultCapacityProviderStrategy) {
        return simulator.execute(new PutClusterCapacityProvidersCommand(cluster,
                capacityProviders == null ? null : List.copyOf(capacityProviders),
                defaultCapacityProviderStrategy == null ? null : List.copyOf(defaultCapacityProviderStrategy)));
    }

    @Override
    public Described<ContainerInstance> updateContainerInstancesState(String cluster, List<String> containerInstances,
                                                                      String status) {
        return simulator.execute(new UpdateContainerInstancesStateCommand(cluster,
                containerInstances == null ? null : List.copyOf(containerInstances), status));
    }
}
