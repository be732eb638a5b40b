package dev.berth.sim.ecs;

import dev.berth.core.model.AutoScalingGroup;
import dev.berth.core.model.AutoScalingGroupProviderUpdate;
import dev.berth.core.model.CapacityProvider;
import dev.berth.core.model.CapacityProviderStrategyItem;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.CreateCapacityProviderRequest;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.Described;
import dev.berth.core.model.Fault;
import dev.berth.core.model.InjectFaultRequest;
import dev.berth.core.model.ListTasksRequest;
import dev.berth.core.model.Metric;
import dev.berth.core.model.MetricDataResult;
import dev.berth.core.model.Page;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.RunTaskRequest;
import dev.berth.core.model.RunTaskResult;
import dev.berth.core.model.Service;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.UpdateServiceRequest;
import dev.berth.sim.SimContext;
import dev.berth.sim.elb.ElbWorld;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The simulated ECS of one world: every ECS operation, validated and applied at the world's current time, and the
 * service scheduler ticking every 15 s of virtual time from the world's start. Mutating operations are reached
 * through {@link EcsCommand}s so they are journaled; reads may be called directly. Injected faults are world state
 * too, changed through commands like any ECS call.
 */
public final class EcsWorld {
    /** The service scheduler's period; ticks fall on whole multiples of it since the world's start. */
    public static final Duration TICK = Duration.ofSeconds(15);
    private static final Duration METRIC_PERIOD = Duration.ofMinutes(1);

    private final SimContext context;
    private final Duration tick;
    private final ClusterRegistry clusters;
    private final CapacityProviders capacityProviders;
    private final Ec2Fleet fleet;
    private final ClusterCapacity capacity;
    private final AutoScalingGroups autoScalingGroups;
    private final TaskDefinitionRegistry taskDefinitions;
    private final EcsServiceScheduler scheduler;
    private final Services services;
    private final Tasks tasks;
    private final Faults faults;
    private final TaskHooks taskHooks = new TaskHooks();

    /**
     * ECS over the world's load balancers, which its services register their tasks with, its IAM, whose roles tasks
     * and instances assume, and its EFS, whose file systems tasks mount.
     */
    public EcsWorld(SimContext context, ImageRegistry images, ElbWorld elb, Identities identities,
                    FileSystems fileSystems) {
        this(context, images, elb, TICK, identities, fileSystems);
    }

    /**
     * A world whose scheduler passes come every {@code tick} instead of every 15 s. Tests use a long tick so that
     * every task a pass starts is healthy by the next one, which is what {@code DeploymentPlan} assumes.
     */
    EcsWorld(SimContext context, ImageRegistry images, Duration tick) {
        this(context, images, new ElbWorld(context), tick, Identities.allowAll(), FileSystems.everywhere());
    }

    private EcsWorld(SimContext context, ImageRegistry images, ElbWorld elb, Duration tick, Identities identities,
                     FileSystems fileSystems) {
        this.context = context;
        this.tick = tick;
        ArnFactory arns = new ArnFactory(context.settings().region(), context.settings().accountId());
        Subnets subnets = new Subnets(context.settings().region());
        this.capacityProviders = new CapacityProviders(arns);
        this.taskDefinitions = new TaskDefinitionRegistry(context, arns);
        FaultPlan faultPlan = new FaultPlan();
        CircuitBreaker breaker = new CircuitBreaker(context);
        LoadBalancing loadBalancing = new LoadBalancing(elb, breaker, context.feed());
        TaskAccess access = new TaskAccess(context, identities, fileSystems);
        TaskLifecycle lifecycle = new TaskLifecycle(context, images, subnets, breaker, faultPlan, loadBalancing,
                taskHooks, access);
        TaskLauncher launcher = new TaskLauncher(context, arns, subnets, lifecycle, faultPlan);
        this.scheduler = new EcsServiceScheduler(context, launcher, lifecycle, breaker, loadBalancing, access);
        this.fleet = new Ec2Fleet(context, arns, capacityProviders, lifecycle, subnets.zones(),
                scheduler::placeAwaiting, identities);
        this.clusters = new ClusterRegistry(arns, capacityProviders, fleet);
        this.capacity = new ClusterCapacity(clusters, capacityProviders, fleet);
        this.autoScalingGroups = new AutoScalingGroups(fleet);
        this.services = new Services(context, arns, clusters, taskDefinitions, scheduler, loadBalancing);
        this.tasks = new Tasks(arns, clusters, taskDefinitions, launcher, lifecycle, access);
        this.faults = new Faults(context, clusters, taskDefinitions, faultPlan, lifecycle, fleet);
        ClusterAutoScaling autoScaling = new ClusterAutoScaling(context, capacityProviders, fleet);
        scheduleTick(context.settings().start().toEpochMilli() + tick.toMillis());
        scheduleMetric(autoScaling, context.settings().start().toEpochMilli() + METRIC_PERIOD.toMillis());
    }

    /** ECS publishes CapacityProviderReservation once a minute; cluster auto scaling acts on each datapoint. */
    private void scheduleMetric(ClusterAutoScaling autoScaling, long atMillis) {
        context.schedule(atMillis, () -> {
            autoScaling.evaluate();
            scheduleMetric(autoScaling, atMillis + METRIC_PERIOD.toMillis());
        });
    }

    private void scheduleTick(long atMillis) {
        context.schedule(atMillis, () -> {
            clusters.all().forEach(scheduler::tick);
            clusters.all().forEach(fleet::finishDraining);
            scheduleTick(atMillis + tick.toMillis());
        });
    }

    public Cluster createCluster(CreateClusterRequest request) {
        return clusters.create(request);
    }

    public Cluster deleteCluster(String cluster) {
        return clusters.delete(cluster);
    }

    public Described<Cluster> describeClusters(List<String> names) {
        return clusters.describe(names);
    }

    public Page<String> listClusters(String nextToken, Integer maxResults) {
        return clusters.list(nextToken, maxResults);
    }

    public TaskDefinition registerTaskDefinition(RegisterTaskDefinitionRequest request) {
        return taskDefinitions.register(request);
    }

    public TaskDefinition deregisterTaskDefinition(String taskDefinition) {
        return taskDefinitions.deregister(taskDefinition);
    }

    public TaskDefinition describeTaskDefinition(String taskDefinition) {
        return taskDefinitions.describe(taskDefinition);
    }

    public Page<String> listTaskDefinitionFamilies(String familyPrefix, String status, String nextToken,
                                                   Integer maxResults) {
        return taskDefinitions.listFamilies(familyPrefix, status, nextToken, maxResults);
    }

    public Page<String> listTaskDefinitions(String familyPrefix, String status, String sort, String nextToken,
                                            Integer maxResults) {
        return taskDefinitions.list(familyPrefix, status, sort, nextToken, maxResults);
    }

    public Service createService(CreateServiceRequest request) {
        return services.create(request);
    }

    public Service updateService(UpdateServiceRequest request) {
        return services.update(request);
    }

    public Service deleteService(String cluster, String service, boolean force) {
        return services.delete(cluster, service, force);
    }

    public Described<Service> describeServices(String cluster, List<String> names) {
        return services.describe(cluster, names);
    }

    public Page<String> listServices(String cluster, String nextToken, Integer maxResults) {
        return services.list(cluster, nextToken, maxResults);
    }

    public RunTaskResult runTask(RunTaskRequest request) {
        return tasks.run(request);
    }

    public Task stopTask(String cluster, String task, String reason) {
        return tasks.stop(cluster, task, reason);
    }

    public Described<Task> describeTasks(String cluster, List<String> ids) {
        return tasks.describe(cluster, ids);
    }

    public Page<String> listTasks(ListTasksRequest request) {
        return tasks.list(request);
    }

    public Page<String> listContainerInstances(String cluster, String status, String nextToken, Integer maxResults) {
        return clusters.listContainerInstances(cluster, status, nextToken, maxResults);
    }

    public Described<ContainerInstance> describeContainerInstances(String cluster, List<String> ids) {
        return clusters.describeContainerInstances(cluster, ids);
    }

    public Described<CapacityProvider> describeCapacityProviders(List<String> names) {
        return capacityProviders.describe(names);
    }

    public Fault injectFault(InjectFaultRequest request) {
        return faults.inject(request);
    }

    public Fault clearFault(String faultId) {
        return faults.clear(faultId);
    }

    public List<Fault> listFaults() {
        return faults.list();
    }

    /**
     * Tells {@code listener} of every task state change while {@code listening} holds, as ECS sends "ECS Task State
     * Change" to EventBridge.
     */
    public void onTaskStateChange(BooleanSupplier listening, Consumer<Task> listener) {
        taskHooks.onStateChange(listening, listener);
    }

    /** Who does the work of {@link JobWork job} containers when they finish. */
    public void runJobsWith(JobWork work) {
        taskHooks.runJobsWith(work);
    }

    public CapacityProvider createCapacityProvider(CreateCapacityProviderRequest request) {
        return capacity.create(request);
    }

    public CapacityProvider updateCapacityProvider(String name, AutoScalingGroupProviderUpdate update) {
        return capacity.update(name, update);
    }

    public List<AutoScalingGroup> describeAutoScalingGroups(List<String> names) {
        return autoScalingGroups.describe(names);
    }

    public void updateAutoScalingGroup(String name, Integer minSize, Integer maxSize, Integer desiredCapacity) {
        autoScalingGroups.update(name, minSize, maxSize, desiredCapacity);
    }

    public CapacityProvider deleteCapacityProvider(String capacityProvider) {
        return capacity.delete(capacityProvider);
    }

    public Cluster putClusterCapacityProviders(String cluster, List<String> capacityProviders,
                                               List<CapacityProviderStrategyItem> defaultCapacityProviderStrategy) {
        return capacity.put(cluster, capacityProviders, defaultCapacityProviderStrategy);
    }

    public Described<ContainerInstance> updateContainerInstancesState(String cluster, List<String> containerInstances,
                                                                      String status) {
        return clusters.updateContainerInstancesState(cluster, containerInstances, status);
    }

    /**
     * The one-minute datapoints of a capacity provider's or its auto scaling group's metric in [startTime, endTime);
     * null for a metric the ECS engine does not compute.
     */
    public MetricDataResult capacityMetric(Metric metric, Instant startTime, Instant endTime) {
        return capacity.series(metric, startTime, endTime);
    }
}
