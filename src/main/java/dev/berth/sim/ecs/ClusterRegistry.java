package dev.berth.sim.ecs;

import dev.berth.core.model.EcsNames;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.Described;
import dev.berth.core.model.Page;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The account's clusters, with their container instances. A cluster name defaults to "default", as on AWS. */
final class ClusterRegistry {
    private static final String DEFAULT_CLUSTER = "default";
    private static final Set<String> INSTANCE_STATUSES =
            Set.of("ACTIVE", "DRAINING", "REGISTERING", "DEREGISTERING", "REGISTRATION_FAILED");

    private final ArnFactory arns;
    private final CapacityProviders capacityProviders;
    private final Ec2Fleet fleet;
    private final Map<String, ClusterState> clusters = new LinkedHashMap<>();

    ClusterRegistry(ArnFactory arns, CapacityProviders capacityProviders, Ec2Fleet fleet) {
        this.arns = arns;
        this.capacityProviders = capacityProviders;
        this.fleet = fleet;
    }

    Collection<ClusterState> all() {
        return clusters.values();
    }

    /** Idempotent: an ACTIVE cluster of the name comes back as it is. */
    Cluster create(CreateClusterRequest request) {
        String name = request.clusterName() == null ? DEFAULT_CLUSTER : request.clusterName();
        ClusterState existing = clusters.get(name);
        if (existing != null && existing.isActive()) {
            return existing.toCluster();
        }
        if (!EcsNames.isValid(name)) {
            throw EcsErrors.invalidParameter("Cluster name must be 1 to 255 letters (uppercase and lowercase), "
                    + "numbers, hyphens, and underscores.");
        }
        EcsLimits.checkTags(request.tags());
        if (request.ec2Capacity() != null) {
            Ec2Fleet.check(request.ec2Capacity());
        }
        for (String provider : request.capacityProviders()) {
            if (!capacityProviders.exists(provider)) {
                throw EcsErrors.invalidParameter("The specified capacity provider '" + provider + "' does not exist. "
                        + "Specify a valid capacity provider and try again.");
            }
        }
        ClusterState probe = new ClusterState(name, arns.cluster(name), request.capacityProviders(),
                request.defaultCapacityProviderStrategy(), request.tags());
        if (!request.defaultCapacityProviderStrategy().isEmpty()) {
            CapacityProviders.checkStrategy(request.defaultCapacityProviderStrategy(), probe);
        }
        clusters.put(name, probe);
        if (request.ec2Capacity() != null) {
            AutoScalingGroupState group = fleet.createAutoScalingGroup(probe, request.ec2Capacity());
            List<String> providers = new ArrayList<>(request.capacityProviders());
            providers.add(group.capacityProviderName);
            probe.capacityProviders = List.copyOf(providers);
            fleet.reconcile(group);
        }
        return probe.toCluster();
    }

    Cluster delete(String clusterName) {
        ClusterState cluster = find(clusterName);
        if (!cluster.isActive()) {
            throw EcsErrors.clusterNotFound();
        }
        if (cluster.services.values().stream().anyMatch(s -> !"INACTIVE".equals(s.status))) {
            throw cannotDelete("ClusterContainsServicesException", "Services");
        }
        if (cluster.tasks.values().stream().anyMatch(t -> !t.isStopped())) {
            throw cannotDelete("ClusterContainsTasksException", "Tasks");
        }
        if (cluster.containerInstances.values().stream().anyMatch(i -> !"INACTIVE".equals(i.status))) {
            throw cannotDelete("ClusterContainsContainerInstancesException", "Container Instances");
        }
        cluster.status = "INACTIVE";
        return cluster.toCluster();
    }

    Described<Cluster> describe(List<String> names) {
        List<String> wanted = names == null || names.isEmpty() ? List.of(DEFAULT_CLUSTER) : names;
        return BatchDescribe.describe("clusters", wanted, EcsLimits.DESCRIBE_BATCH, clusters::get,
                ClusterState::toCluster, arns::cluster);
    }

    /** ACTIVE clusters' ARNs; AWS lists no INACTIVE ones. */
    Page<String> list(String nextToken, Integer maxResults) {
        List<String> arnList = clusters.values().stream().filter(ClusterState::isActive).map(c -> c.arn).toList();
        return Pager.page(arnList, nextToken, Pager.pageSize(maxResults, EcsLimits.LIST_LIMIT, EcsLimits.LIST_LIMIT));
    }

    /** The named cluster (null means "default"), ACTIVE or INACTIVE. */
    ClusterState find(String clusterName) {
        String name = clusterName == null ? DEFAULT_CLUSTER : ArnFactory.lastSegment(clusterName);
        ClusterState cluster = clusters.get(name);
        if (cluster == null) {
            throw EcsErrors.clusterNotFound();
        }
        return cluster;
    }

    /** The named cluster, which must be ACTIVE to take new services and tasks. */
    ClusterState active(String clusterName) {
        ClusterState cluster = find(clusterName);
        if (!cluster.isActive()) {
            throw EcsErrors.clusterInactive();
        }
        return cluster;
    }

    Page<String> listContainerInstances(String clusterName, String status, String nextToken, Integer maxResults) {
        ClusterState cluster = find(clusterName);
        if (status != null && !INSTANCE_STATUSES.contains(status)) {
            throw EcsErrors.invalidParameter("status must be one of " + String.join(", ",
                    INSTANCE_STATUSES.stream().sorted().toList()) + ".");
        }
        List<String> arnList = cluster.containerInstances.values().stream()
                .filter(i -> status == null ? !"INACTIVE".equals(i.status) : status.equals(i.status))
                .map(i -> i.arn).toList();
        return Pager.page(arnList, nextToken, Pager.pageSize(maxResults, EcsLimits.LIST_LIMIT, EcsLimits.LIST_LIMIT));
    }

    Described<ContainerInstance> describeContainerInstances(String clusterName, List<String> ids) {
        ClusterState cluster = find(clusterName);
        return BatchDescribe.describe("containerInstances", ids, EcsLimits.DESCRIBE_BATCH,
                cluster.containerInstances::get, ContainerInstanceState::toContainerInstance,
                id -> arns.containerInstance(cluster.name, id));
    }

    /**
     * UpdateContainerInstancesState: DRAINING keeps new tasks off the instance and moves its service tasks
     * elsewhere (the service scheduler does it, within each service's minimum and maximum); ACTIVE takes tasks again.
     */
    Described<ContainerInstance> updateContainerInstancesState(String clusterName, List<String> ids, String status) {
        ClusterState cluster = find(clusterName);
        if (!"ACTIVE".equals(status) && !"DRAINING".equals(status)) {
            throw EcsErrors.invalidParameter("Container instance status should be one of [ACTIVE, DRAINING].");
        }
        if (ids == null || ids.isEmpty() || ids.size() > EcsLimits.DESCRIBE_BATCH) {
            throw EcsErrors.invalidParameter("containerInstances must have 1 to " + EcsLimits.DESCRIBE_BATCH
                    + " items.");
        }
        List<ContainerInstanceState> found = ids.stream()
                .map(id -> cluster.containerInstances.get(ArnFactory.lastSegment(id))).filter(i -> i != null)
                .toList();
        for (ContainerInstanceState instance : found) {
            boolean changeable = "ACTIVE".equals(instance.status)
                    || "DRAINING".equals(instance.status) && !fleet.isLeaving(instance);
            if (!changeable) {
                throw EcsErrors.invalidParameter("Container instance " + instance.arn + " is " + instance.status
                        + "; only an ACTIVE or DRAINING container instance can change state.");
            }
        }
        found.forEach(instance -> instance.status = status);
        return describeContainerInstances(clusterName, ids);
    }

    private static GatewayException cannotDelete(String errorCode, String what) {
        return GatewayException.client(errorCode,
                "The Cluster cannot be deleted while " + what + " are active.");
    }
}
