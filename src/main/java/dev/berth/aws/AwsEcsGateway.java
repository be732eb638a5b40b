package dev.berth.aws;

import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.GatewayException;
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
import software.amazon.awssdk.services.ecs.EcsClient;

import java.util.List;
import java.util.function.Supplier;

import static dev.berth.aws.EcsShapes.map;

/**
 * Amazon ECS through the SDK's {@link EcsClient}: one SDK call per method, SDK failures translated by
 * {@link SdkFailures}, writes refused by the {@link WriteGuard} while the connection is read-only.
 */
public final class AwsEcsGateway implements EcsGateway {
    private final EcsClient ecs;
    private final SdkCalls calls;

    AwsEcsGateway(EcsClient ecs, SdkFailures failures, WriteGuard writes) {
        this.ecs = ecs;
        this.calls = new SdkCalls("ecs", failures, writes);
    }

    @Override
    public Cluster createCluster(CreateClusterRequest request) {
        if (request.ec2Capacity() != null) {
            throw GatewayException.client("InvalidParameterException", "Only the simulator creates EC2 capacity "
                    + "with a cluster. On AWS, create the Auto Scaling group and its capacity provider first (the "
                    + "console does it with CloudFormation), then name the capacity provider here.");
        }
        return write("CreateCluster", () -> EcsShapes.cluster(
                ecs.createCluster(EcsShapes.createCluster(request)).cluster()));
    }

    @Override
    public Cluster deleteCluster(String cluster) {
        return write("DeleteCluster", () -> EcsShapes.cluster(ecs.deleteCluster(r -> r.cluster(cluster)).cluster()));
    }

    @Override
    public Described<Cluster> describeClusters(List<String> clusters) {
        return read("DescribeClusters", () -> {
            var answer = ecs.describeClusters(r -> r.clusters(clusters).include(
                    software.amazon.awssdk.services.ecs.model.ClusterField.TAGS));
            return new Described<>(map(answer.clusters(), EcsShapes::cluster),
                    map(answer.failures(), EcsShapes::failure));
        });
    }

    @Override
    public Page<String> listClusters(String nextToken, Integer maxResults) {
        return read("ListClusters", () -> {
            var answer = ecs.listClusters(r -> r.nextToken(nextToken).maxResults(maxResults));
            return new Page<>(answer.clusterArns(), answer.nextToken());
        });
    }

    @Override
    public TaskDefinition registerTaskDefinition(RegisterTaskDefinitionRequest request) {
        return write("RegisterTaskDefinition", () -> EcsShapes.taskDefinition(
                ecs.registerTaskDefinition(EcsShapes.registerTaskDefinition(request)).taskDefinition()));
    }

    @Override
    public TaskDefinition deregisterTaskDefinition(String taskDefinition) {
        return write("DeregisterTaskDefinition", () -> EcsShapes.taskDefinition(
                ecs.deregisterTaskDefinition(r -> r.taskDefinition(taskDefinition)).taskDefinition()));
    }

    @Override
    public TaskDefinition describeTaskDefinition(String taskDefinition) {
        return read("DescribeTaskDefinition", () -> EcsShapes.taskDefinition(
                ecs.describeTaskDefinition(r -> r.taskDefinition(taskDefinition)).taskDefinition()));
    }

    @Override
    public Page<String> listTaskDefinitionFamilies(String familyPrefix, String status, String nextToken,
                                                  Integer maxResults) {
        return read("ListTaskDefinitionFamilies", () -> {
            var answer = ecs.listTaskDefinitionFamilies(r -> r.familyPrefix(familyPrefix).status(status)
                    .nextToken(nextToken).maxResults(maxResults));
            return new Page<>(answer.families(), answer.nextToken());
        });
    }

    @Override
    public Page<String> listTaskDefinitions(String familyPrefix, String status, String sort, String nextToken,
                                           Integer maxResults) {
        return read("ListTaskDefinitions", () -> {
            var answer = ecs.listTaskDefinitions(r -> r.familyPrefix(familyPrefix).status(status).sort(sort)
                    .nextToken(nextToken).maxResults(maxResults));
            return new Page<>(answer.taskDefinitionArns(), answer.nextToken());
        });
    }

    @Override
    public Service createService(CreateServiceRequest request) {
        return write("CreateService", () -> EcsShapes.service(
                ecs.createService(EcsShapes.createService(request)).service()));
    }

    @Override
    public Service updateService(UpdateServiceRequest request) {
        return write("UpdateService", () -> EcsShapes.service(
                ecs.updateService(EcsShapes.updateService(request)).service()));
    }

    @Override
    public Service deleteService(String cluster, String service, boolean force) {
        return write("DeleteService", () -> EcsShapes.service(
                ecs.deleteService(r -> r.cluster(cluster).service(service).force(force ? Boolean.TRUE : null))
                        .service()));
    }

    @Override
    public Described<Service> describeServices(String cluster, List<String> services) {
        return read("DescribeServices", () -> {
            var answer = ecs.describeServices(r -> r.cluster(cluster).services(services));
            return new Described<>(map(answer.services(), EcsShapes::service),
                    map(answer.failures(), EcsShapes::failure));
        });
    }

    @Override
    public Page<String> listServices(String cluster, String nextToken, Integer maxResults) {
        return read("ListServices", () -> {
            var answer = ecs.listServices(r -> r.cluster(cluster).nextToken(nextToken).maxResults(maxResults));
            return new Page<>(answer.serviceArns(), answer.nextToken());
        });
    }

    @Override
    public RunTaskResult runTask(RunTaskRequest request) {
        return write("RunTask", () -> {
            var answer = ecs.runTask(EcsShapes.runTask(request));
            return new RunTaskResult(map(answer.tasks(), EcsShapes::task), map(answer.failures(), EcsShapes::failure));
        });
    }

    @Override
    public Task stopTask(String cluster, String task, String reason) {
        return write("StopTask", () -> EcsShapes.task(
                ecs.stopTask(r -> r.cluster(cluster).task(task).reason(reason)).task()));
    }

    @Override
    public Described<Task> describeTasks(String cluster, List<String> tasks) {
        return read("DescribeTasks", () -> {
            var answer = ecs.describeTasks(r -> r.cluster(cluster).tasks(tasks));
            return new Described<>(map(answer.tasks(), EcsShapes::task), map(answer.failures(), EcsShapes::failure));
        });
    }

    @Override
    public Page<String> listTasks(ListTasksRequest request) {
        return read("ListTasks", () -> {
            var answer = ecs.listTasks(EcsShapes.listTasks(request));
            return new Page<>(answer.taskArns(), answer.nextToken());
        });
    }

    @Override
    public Page<String> listContainerInstances(String cluster, String status, String nextToken, Integer maxResults) {
        return read("ListContainerInstances", () -> {
            var answer = ecs.listContainerInstances(r -> r.cluster(cluster).status(status).nextToken(nextToken)
                    .maxResults(maxResults));
            return new Page<>(answer.containerInstanceArns(), answer.nextToken());
        });
    }

    @Override
    public Described<ContainerInstance> describeContainerInstances(String cluster, List<String> containerInstances) {
        return read("DescribeContainerInstances", () -> {
            var answer = ecs.describeContainerInstances(r -> r.cluster(cluster).containerInstances(containerInstances));
            return new Described<>(map(answer.containerInstances(), EcsShapes::containerInstance),
                    map(answer.failures(), EcsShapes::failure));
        });
    }

    @Override
    public Described<CapacityProvider> describeCapacityProviders(List<String> capacityProviders) {
        return read("DescribeCapacityProviders", () -> {
            var answer = ecs.describeCapacityProviders(r -> r.capacityProviders(
                    capacityProviders == null || capacityProviders.isEmpty() ? null : capacityProviders));
            return new Described<>(map(answer.capacityProviders(), EcsShapes::capacityProvider),
                    map(answer.failures(), EcsShapes::failure));
        });
    }

    @Override
    public CapacityProvider createCapacityProvider(CreateCapacityProviderRequest request) {
        return write("CreateCapacityProvider", () -> EcsShapes.capacityProvider(
                ecs.createCapacityProvider(EcsShapes.createCapacityProvider(request)).capacityProvider()));
    }

    @Override
    public CapacityProvider updateCapacityProvider(String name, AutoScalingGroupProviderUpdate update) {
        return write("UpdateCapacityProvider", () -> EcsShapes.capacityProvider(ecs.updateCapacityProvider(
                r -> r.name(name).autoScalingGroupProvider(EcsShapes.providerUpdate(update))).capacityProvider()));
    }

    @Override
    public CapacityProvider deleteCapacityProvider(String capacityProvider) {
        return write("DeleteCapacityProvider", () -> EcsShapes.capacityProvider(
                ecs.deleteCapacityProvider(r -> r.capacityProvider(capacityProvider)).capacityProvider()));
    }

    @Override
    public Cluster putClusterCapacityProviders(String cluster, List<String> capacityProviders,
                                               List<CapacityProviderStrategyItem> defaultCapacityProviderStrategy) {
        return write("PutClusterCapacityProviders", () -> EcsShapes.cluster(ecs.putClusterCapacityProviders(
                r -> r.cluster(cluster).capacityProviders(capacityProviders)
                        .defaultCapacityProviderStrategy(EcsShapes.strategy(defaultCapacityProviderStrategy)))
                .cluster()));
    }

    @Override
    public Described<ContainerInstance> updateContainerInstancesState(String cluster, List<String> containerInstances,
                                                                      String status) {
        return write("UpdateContainerInstancesState", () -> {
            var answer = ecs.updateContainerInstancesState(r -> r.cluster(cluster)
                    .containerInstances(containerInstances).status(status));
            return new Described<>(map(answer.containerInstances(), EcsShapes::containerInstance),
                    map(answer.failures(), EcsShapes::failure));
        });
    }

    private <T> T read(String operation, Supplier<T> call) {
        return calls.read(operation, call);
    }

    private <T> T write(String operation, Supplier<T> call) {
        return calls.write(operation, call);
    }
}
