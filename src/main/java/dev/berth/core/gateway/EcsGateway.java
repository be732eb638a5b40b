package dev.berth.core.gateway;

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

import java.util.List;

/**
 * Amazon ECS, one method per API operation, with AWS's limits and error codes. Cluster, service, task and task
 * definition arguments take a name or an ARN, as AWS does. {@code maxResults} null takes AWS's default. Every
 * method throws {@link GatewayException}.
 */
public interface EcsGateway {

    /** DescribeServices takes at most this many services. */
    int DESCRIBE_SERVICES_LIMIT = 10;
    /** DescribeClusters, DescribeTasks and DescribeContainerInstances take at most this many. */
    int DESCRIBE_BATCH_LIMIT = 100;

    /** Idempotent: an ACTIVE cluster of that name is returned as it is. */
    Cluster createCluster(CreateClusterRequest request);

    /** Refused while the cluster has active services, tasks or container instances; otherwise INACTIVE. */
    Cluster deleteCluster(String cluster);

    /** At most 100; unknown names come back as failures with reason MISSING. */
    Described<Cluster> describeClusters(List<String> clusters);

    Page<String> listClusters(String nextToken, Integer maxResults);

    TaskDefinition registerTaskDefinition(RegisterTaskDefinitionRequest request);

    /** Takes {@code family:revision} or an ARN; the revision becomes INACTIVE. */
    TaskDefinition deregisterTaskDefinition(String taskDefinition);

    /** Takes a family (latest ACTIVE revision), {@code family:revision} or an ARN. */
    TaskDefinition describeTaskDefinition(String taskDefinition);

    /**
     * Family names, ascending; {@code status} ACTIVE, INACTIVE (families without an ACTIVE revision) or ALL
     * (null = ALL, AWS's default for this operation).
     */
    Page<String> listTaskDefinitionFamilies(String familyPrefix, String status, String nextToken, Integer maxResults);

    /** Task definition ARNs; {@code status} null = ACTIVE; {@code sort} ASC (default) or DESC. */
    Page<String> listTaskDefinitions(String familyPrefix, String status, String sort, String nextToken,
                                     Integer maxResults);

    Service createService(CreateServiceRequest request);

    Service updateService(UpdateServiceRequest request);

    /** Refused while desired count is above 0 unless {@code force}; the service goes DRAINING, then INACTIVE. */
    Service deleteService(String cluster, String service, boolean force);

    /** At most 10 services; unknown ones come back as failures with reason MISSING. */
    Described<Service> describeServices(String cluster, List<String> services);

    /** ACTIVE services only; AWS's default page is 10, the maximum 100. */
    Page<String> listServices(String cluster, String nextToken, Integer maxResults);

    RunTaskResult runTask(RunTaskRequest request);

    Task stopTask(String cluster, String task, String reason);

    /** At most 100 tasks; unknown ones come back as failures with reason MISSING. */
    Described<Task> describeTasks(String cluster, List<String> tasks);

    Page<String> listTasks(ListTasksRequest request);

    Page<String> listContainerInstances(String cluster, String status, String nextToken, Integer maxResults);

    /** At most 100. */
    Described<ContainerInstance> describeContainerInstances(String cluster, List<String> containerInstances);

    /** Null or empty names list every capacity provider, FARGATE and FARGATE_SPOT included. */
    Described<CapacityProvider> describeCapacityProviders(List<String> capacityProviders);

    /**
     * An auto scaling group capacity provider; managed scaling defaults to ENABLED at 100 %, managed termination
     * protection to DISABLED and managed draining to ENABLED, as on AWS.
     */
    CapacityProvider createCapacityProvider(CreateCapacityProviderRequest request);

    CapacityProvider updateCapacityProvider(String name, AutoScalingGroupProviderUpdate update);

    /** Refused for FARGATE, FARGATE_SPOT and providers still associated with a cluster; the provider goes INACTIVE. */
    CapacityProvider deleteCapacityProvider(String capacityProvider);

    /** Replaces the cluster's capacity providers and default strategy; removing one in use is ResourceInUse. */
    Cluster putClusterCapacityProviders(String cluster, List<String> capacityProviders,
                                        List<CapacityProviderStrategyItem> defaultCapacityProviderStrategy);

    /** ACTIVE or DRAINING, at most 100 instances; unknown ones come back as failures with reason MISSING. */
    Described<ContainerInstance> updateContainerInstancesState(String cluster, List<String> containerInstances,
                                                               String status);
}
