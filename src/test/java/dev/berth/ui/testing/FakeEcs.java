package dev.berth.ui.testing;

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
import dev.berth.core.model.Deployment;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.Described;
import dev.berth.core.model.Failure;
import dev.berth.core.model.ListTasksRequest;
import dev.berth.core.model.Page;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.RunTaskRequest;
import dev.berth.core.model.RunTaskResult;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceEvent;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.UpdateServiceRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A small in-memory ECS for view model and GUI tests: it stores what it is told and answers reads, with AWS's
 * error codes for the cases the UI handles. No scheduler; tests put tasks and counts in place themselves.
 */
public final class FakeEcs implements EcsGateway {
    public static final String ACCOUNT = "123456789012";
    public static final String REGION = "us-east-1";
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final Map<String, Cluster> clusters = new LinkedHashMap<>();
    private final Map<String, Map<String, Service>> services = new LinkedHashMap<>();
    private final Map<String, Map<String, Task>> tasks = new LinkedHashMap<>();
    private final Map<String, List<TaskDefinition>> taskDefinitions = new LinkedHashMap<>();
    private final List<GatewayException> nextFailures = new ArrayList<>();
    private int calls;

    /** The next call (of any operation) throws {@code failure}. */
    public synchronized void failNextCall(GatewayException failure) {
        nextFailures.add(failure);
    }

    public synchronized int calls() {
        return calls;
    }

    private synchronized void call() {
        calls++;
        if (!nextFailures.isEmpty()) {
            throw nextFailures.remove(0);
        }
    }

    public static String clusterArn(String name) {
        return "arn:aws:ecs:" + REGION + ":" + ACCOUNT + ":cluster/" + name;
    }

    private static String nameOf(String nameOrArn) {
        return nameOrArn.substring(nameOrArn.lastIndexOf('/') + 1);
    }

    private Cluster cluster(String nameOrArn) {
        Cluster cluster = clusters.get(nameOf(nameOrArn));
        if (cluster == null || !"ACTIVE".equals(cluster.status())) {
            throw GatewayException.client("ClusterNotFoundException", "Cluster not found.");
        }
        return cluster;
    }

    /** Replaces a cluster record wholesale, e.g. to change its counters. */
    public synchronized void putCluster(Cluster cluster) {
        clusters.put(cluster.clusterName(), cluster);
        services.computeIfAbsent(cluster.clusterName(), k -> new LinkedHashMap<>());
        tasks.computeIfAbsent(cluster.clusterName(), k -> new LinkedHashMap<>());
    }

    public synchronized void putService(String cluster, Service service) {
        services.get(nameOf(cluster)).put(service.serviceName(), service);
    }

    public synchronized void putTask(String cluster, Task task) {
        tasks.get(nameOf(cluster)).put(task.taskArn(), task);
    }

    public synchronized void removeTask(String cluster, String taskArn) {
        tasks.get(nameOf(cluster)).remove(taskArn);
    }

    public synchronized Service service(String cluster, String name) {
        return services.get(nameOf(cluster)).get(name);
    }

    @Override
    public synchronized Cluster createCluster(CreateClusterRequest request) {
        call();
        Cluster existing = clusters.get(request.clusterName());
        if (existing != null && "ACTIVE".equals(existing.status())) {
            return existing;
        }
        List<String> providers = new ArrayList<>(request.capacityProviders());
        if (request.ec2Capacity() != null) {
            providers.add("Infra-ECS-Cluster-" + request.clusterName());
        }
        Cluster cluster = new Cluster(clusterArn(request.clusterName()), request.clusterName(), "ACTIVE", 0, 0, 0, 0,
                providers, request.defaultCapacityProviderStrategy(), request.tags());
        putCluster(cluster);
        return cluster;
    }

    @Override
    public synchronized Cluster deleteCluster(String clusterName) {
        call();
        Cluster cluster = cluster(clusterName);
        if (!services.get(cluster.clusterName()).isEmpty()) {
            throw GatewayException.client("ClusterContainsServicesException",
                    "The Cluster cannot be deleted while Services are active.");
        }
        Cluster inactive = new Cluster(cluster.clusterArn(), cluster.clusterName(), "INACTIVE", 0, 0, 0, 0,
                List.of(), List.of(), List.of());
        clusters.remove(cluster.clusterName());
        return inactive;
    }

    @Override
    public synchronized Described<Cluster> describeClusters(List<String> names) {
        call();
        return describe(names, name -> clusters.get(nameOf(name)));
    }

    @Override
    public synchronized Page<String> listClusters(String nextToken, Integer maxResults) {
        call();
        return page(clusters.values().stream().map(Cluster::clusterArn).collect(Collectors.toList()), nextToken,
                maxResults);
    }

    @Override
    public synchronized TaskDefinition registerTaskDefinition(RegisterTaskDefinitionRequest request) {
        call();
        if (request.containerDefinitions().isEmpty()) {
            throw GatewayException.client("ClientException", "Container list cannot be empty.");
        }
        List<TaskDefinition> revisions = taskDefinitions.computeIfAbsent(request.family(), k -> new ArrayList<>());
        int revision = revisions.size() + 1;
        TaskDefinition registered = new TaskDefinition(
                "arn:aws:ecs:" + REGION + ":" + ACCOUNT + ":task-definition/" + request.family() + ":" + revision,
                request.family(), revision, "ACTIVE", request.networkMode(), request.requiresCompatibilities(),
                List.of("EC2", "FARGATE"), request.cpu(), request.memory(), request.executionRoleArn(),
                request.taskRoleArn(), request.containerDefinitions(), T0, "arn:aws:iam::" + ACCOUNT + ":root", null,
                request.volumes());
        revisions.add(registered);
        return registered;
    }

    @Override
    public synchronized TaskDefinition deregisterTaskDefinition(String taskDefinition) {
        call();
        TaskDefinition found = describeTaskDefinition(taskDefinition);
        TaskDefinition inactive = new TaskDefinition(found.taskDefinitionArn(), found.family(), found.revision(),
                "INACTIVE", found.networkMode(), found.requiresCompatibilities(), found.compatibilities(),
                found.cpu(), found.memory(), found.executionRoleArn(), found.taskRoleArn(),
                found.containerDefinitions(), found.registeredAt(), found.registeredBy(), T0);
        taskDefinitions.get(found.family()).set(found.revision() - 1, inactive);
        return inactive;
    }

    @Override
    public synchronized TaskDefinition describeTaskDefinition(String taskDefinition) {
        call();
        String familyRevision = nameOf(taskDefinition);
        int colon = familyRevision.indexOf(':');
        String family = colon < 0 ? familyRevision : familyRevision.substring(0, colon);
        List<TaskDefinition> revisions = taskDefinitions.getOrDefault(family, List.of());
        TaskDefinition found = null;
        if (colon < 0) {
            for (TaskDefinition revision : revisions) {
                if ("ACTIVE".equals(revision.status())) {
                    found = revision;
                }
            }
        } else {
            int number = Integer.parseInt(familyRevision.substring(colon + 1));
            found = number >= 1 && number <= revisions.size() ? revisions.get(number - 1) : null;
        }
        if (found == null) {
            throw GatewayException.client("ClientException", "Unable to describe task definition.");
        }
        return found;
    }

    @Override
    public synchronized Page<String> listTaskDefinitionFamilies(String familyPrefix, String status, String nextToken,
                                                   Integer maxResults) {
        call();
        List<String> families = taskDefinitions.entrySet().stream()
                .filter(e -> familyPrefix == null || e.getKey().startsWith(familyPrefix))
                .filter(e -> "ALL".equals(status)
                        || e.getValue().stream().anyMatch(td -> td.status().equals(status == null ? "ACTIVE" : status)))
                .map(Map.Entry::getKey).sorted().collect(Collectors.toList());
        return page(families, nextToken, maxResults);
    }

    @Override
    public synchronized Page<String> listTaskDefinitions(String familyPrefix, String status, String sort,
                                            String nextToken, Integer maxResults) {
        call();
        String wanted = status == null ? "ACTIVE" : status;
        List<String> arns = taskDefinitions.entrySet().stream()
                .filter(e -> familyPrefix == null || e.getKey().startsWith(familyPrefix))
                .flatMap(e -> e.getValue().stream())
                .filter(td -> "ALL".equals(wanted) || td.status().equals(wanted))
                .map(TaskDefinition::taskDefinitionArn).collect(Collectors.toList());
        if ("DESC".equals(sort)) {
            Collections.reverse(arns);
        }
        return page(arns, nextToken, maxResults);
    }

    @Override
    public synchronized Service createService(CreateServiceRequest request) {
        call();
        Cluster cluster = cluster(request.cluster());
        if (services.get(cluster.clusterName()).containsKey(request.serviceName())) {
            throw GatewayException.client("InvalidParameterException", "Creation of service was not idempotent.");
        }
        TaskDefinition taskDefinition = describeTaskDefinition(request.taskDefinition());
        DeploymentConfiguration configuration = request.deploymentConfiguration() == null
                ? DeploymentConfiguration.defaults() : request.deploymentConfiguration();
        Deployment primary = new Deployment("ecs-svc/1000000000000000001", "PRIMARY",
                taskDefinition.taskDefinitionArn(), request.desiredCount(), 0, 0, 0, "IN_PROGRESS",
                "ECS deployment ecs-svc/1000000000000000001 in progress.", request.launchType(), T0, T0);
        Service service = new Service(cluster.clusterArn().replace(":cluster/", ":service/") + "/"
                + request.serviceName(), request.serviceName(), cluster.clusterArn(), "ACTIVE",
                request.desiredCount(), 0, 0, request.launchType(), request.capacityProviderStrategy(),
                request.platformVersion(), taskDefinition.taskDefinitionArn(), configuration, List.of(primary),
                List.of(), request.networkConfiguration(), 0, "REPLICA", T0, request.tags(),
                request.loadBalancers());
        services.get(cluster.clusterName()).put(service.serviceName(), service);
        return service;
    }

    @Override
    public synchronized Service updateService(UpdateServiceRequest request) {
        call();
        Cluster cluster = cluster(request.cluster());
        Service old = services.get(cluster.clusterName()).get(nameOf(request.service()));
        if (old == null) {
            throw GatewayException.client("ServiceNotFoundException", "Service not found.");
        }
        String taskDefinition = request.taskDefinition() == null ? old.taskDefinition()
                : describeTaskDefinition(request.taskDefinition()).taskDefinitionArn();
        Service updated = new Service(old.serviceArn(), old.serviceName(), old.clusterArn(), old.status(),
                request.desiredCount() == null ? old.desiredCount() : request.desiredCount(), old.runningCount(),
                old.pendingCount(), old.launchType(), old.capacityProviderStrategy(), old.platformVersion(),
                taskDefinition, request.deploymentConfiguration() == null ? old.deploymentConfiguration()
                : request.deploymentConfiguration(), old.deployments(), old.events(), old.networkConfiguration(),
                old.healthCheckGracePeriodSeconds(), old.schedulingStrategy(), old.createdAt(), old.tags(),
                request.loadBalancers() == null ? old.loadBalancers() : request.loadBalancers());
        services.get(cluster.clusterName()).put(updated.serviceName(), updated);
        return updated;
    }

    @Override
    public synchronized Service deleteService(String clusterName, String service, boolean force) {
        call();
        Cluster cluster = cluster(clusterName);
        Service old = services.get(cluster.clusterName()).remove(nameOf(service));
        if (old == null) {
            throw GatewayException.client("ServiceNotFoundException", "Service not found.");
        }
        return old;
    }

    @Override
    public synchronized Described<Service> describeServices(String clusterName, List<String> names) {
        call();
        Cluster cluster = cluster(clusterName);
        return describe(names, name -> services.get(cluster.clusterName()).get(nameOf(name)));
    }

    @Override
    public synchronized Page<String> listServices(String clusterName, String nextToken, Integer maxResults) {
        call();
        Cluster cluster = cluster(clusterName);
        return page(services.get(cluster.clusterName()).values().stream().map(Service::serviceArn)
                .collect(Collectors.toList()), nextToken, maxResults);
    }

    @Override
    public RunTaskResult runTask(RunTaskRequest request) {
        throw new UnsupportedOperationException("RunTask is not part of the fake");
    }

    @Override
    public synchronized Task stopTask(String clusterName, String task, String reason) {
        call();
        Cluster cluster = cluster(clusterName);
        Map<String, Task> byArn = tasks.get(cluster.clusterName());
        Task old = byArn.values().stream().filter(t -> t.taskArn().equals(task) || t.taskId().equals(task))
                .findFirst().orElseThrow(() -> GatewayException.client("InvalidParameterException",
                        "The referenced task was not found."));
        Task stopped = TaskBuilder.from(old).desiredStatus("STOPPED").stoppedReason(
                reason == null || reason.isBlank() ? "Task stopped by user" : reason).build();
        byArn.put(stopped.taskArn(), stopped);
        return stopped;
    }

    @Override
    public synchronized Described<Task> describeTasks(String clusterName, List<String> arns) {
        call();
        Cluster cluster = cluster(clusterName);
        return describe(arns, arn -> tasks.get(cluster.clusterName()).get(arn));
    }

    @Override
    public synchronized Page<String> listTasks(ListTasksRequest request) {
        call();
        Cluster cluster = cluster(request.cluster());
        String desired = request.desiredStatus() == null ? "RUNNING" : request.desiredStatus();
        return page(tasks.get(cluster.clusterName()).values().stream()
                .filter(task -> task.desiredStatus().equals(desired))
                .map(Task::taskArn).collect(Collectors.toList()), request.nextToken(), request.maxResults());
    }

    @Override
    public Page<String> listContainerInstances(String cluster, String status, String nextToken, Integer maxResults) {
        return new Page<>(List.of(), null);
    }

    @Override
    public Described<ContainerInstance> describeContainerInstances(String cluster, List<String> containerInstances) {
        return new Described<>(List.of(), List.of());
    }

    @Override
    public Described<CapacityProvider> describeCapacityProviders(List<String> capacityProviders) {
        return new Described<>(List.of(), List.of());
    }

    /** The fake has no auto scaling groups, so no provider can be created for one. */
    @Override
    public CapacityProvider createCapacityProvider(CreateCapacityProviderRequest request) {
        throw GatewayException.client("ClientException", "The specified Auto Scaling group ARN or name does not "
                + "exist.");
    }

    @Override
    public CapacityProvider updateCapacityProvider(String name, AutoScalingGroupProviderUpdate update) {
        throw noProvider();
    }

    @Override
    public CapacityProvider deleteCapacityProvider(String capacityProvider) {
        throw noProvider();
    }

    @Override
    public synchronized Cluster putClusterCapacityProviders(String cluster, List<String> capacityProviders,
                                                            List<CapacityProviderStrategyItem> strategy) {
        call();
        Cluster was = cluster(cluster);
        Cluster put = new Cluster(was.clusterArn(), was.clusterName(), was.status(),
                was.registeredContainerInstancesCount(), was.runningTasksCount(), was.pendingTasksCount(),
                was.activeServicesCount(), capacityProviders, strategy, was.tags());
        clusters.put(was.clusterName(), put);
        return put;
    }

    /** The fake has no container instances: every one asked for is MISSING. */
    @Override
    public Described<ContainerInstance> updateContainerInstancesState(String cluster, List<String> containerInstances,
                                                                      String status) {
        cluster(cluster);
        return new Described<>(List.of(), containerInstances.stream().map(i -> new Failure(i, "MISSING", null))
                .toList());
    }

    private static GatewayException noProvider() {
        return GatewayException.client("InvalidParameterException", "The specified capacity provider does not "
                + "exist. Specify a valid capacity provider and try again.");
    }

    /** Records a service event, newest first, as the scheduler would. */
    public synchronized void addEvent(String cluster, String serviceName, ServiceEvent event) {
        Service old = service(cluster, serviceName);
        List<ServiceEvent> events = new ArrayList<>();
        events.add(event);
        events.addAll(old.events());
        putService(cluster, ServiceBuilder.from(old).events(events).build());
    }

    private static <T> Described<T> describe(List<String> names, Function<String, T> lookup) {
        List<T> found = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (String name : names) {
            T item = lookup.apply(name);
            if (item == null) {
                failures.add(new Failure(name, "MISSING", null));
            } else {
                found.add(item);
            }
        }
        return new Described<>(found, failures);
    }

    private static Page<String> page(List<String> all, String nextToken, Integer maxResults) {
        int from = nextToken == null ? 0 : Integer.parseInt(nextToken);
        int size = maxResults == null ? 100 : maxResults;
        int to = Math.min(all.size(), from + size);
        return new Page<>(all.subList(from, to), to < all.size() ? String.valueOf(to) : null);
    }
}
