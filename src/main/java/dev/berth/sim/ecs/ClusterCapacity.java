package dev.berth.sim.ecs;

import dev.berth.core.model.AutoScalingGroupProvider;
import dev.berth.core.model.AutoScalingGroupProviderUpdate;
import dev.berth.core.model.CapacityProvider;
import dev.berth.core.model.CapacityProviderStrategyItem;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.CreateCapacityProviderRequest;
import dev.berth.core.model.Metric;
import dev.berth.core.model.MetricDataResult;
import dev.berth.core.gateway.GatewayException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * CreateCapacityProvider, UpdateCapacityProvider, DeleteCapacityProvider and PutClusterCapacityProviders: which
 * capacity providers exist and which clusters use them, with AWS's checks; and the one-minute history of each
 * provider's auto scaling group.
 */
final class ClusterCapacity {
    private final ClusterRegistry clusters;
    private final CapacityProviders capacityProviders;
    private final Ec2Fleet fleet;

    ClusterCapacity(ClusterRegistry clusters, CapacityProviders capacityProviders, Ec2Fleet fleet) {
        this.clusters = clusters;
        this.capacityProviders = capacityProviders;
        this.fleet = fleet;
    }

    /** The auto scaling group must exist and have no other ACTIVE capacity provider. */
    CapacityProvider create(CreateCapacityProviderRequest request) {
        AutoScalingGroupProvider provider = capacityProviders.checkCreate(request.name(),
                request.autoScalingGroupProvider());
        EcsLimits.checkTags(request.tags());
        AutoScalingGroupState group = fleet.find(provider.autoScalingGroupArn());
        if (group == null) {
            throw EcsErrors.client("The specified Auto Scaling group ARN or name (" + provider.autoScalingGroupArn()
                    + ") does not exist. Specify a valid Auto Scaling group and try again.");
        }
        if (capacityProviders.groupTaken(group.arn)) {
            throw EcsErrors.client("The specified Auto Scaling group is already associated with another capacity "
                    + "provider. Specify a different Auto Scaling group and try again.");
        }
        CapacityProvider created = capacityProviders.create(request.name(), new AutoScalingGroupProvider(group.arn,
                provider.managedScaling(), provider.managedTerminationProtection(), provider.managedDraining()));
        group.capacityProviderName = request.name();
        return created;
    }

    CapacityProvider update(String name, AutoScalingGroupProviderUpdate update) {
        return capacityProviders.update(ArnFactory.lastSegment(name), update);
    }

    /** Only a provider no cluster lists and no service's strategy names can be deleted (API reference). */
    CapacityProvider delete(String nameOrArn) {
        String name = capacityProviders.active(nameOrArn).name();
        boolean associated = clusters.all().stream().filter(ClusterState::isActive)
                .anyMatch(c -> c.capacityProviders.contains(name));
        if (associated || usedByService(name)) {
            throw EcsErrors.client("The specified capacity provider is in use and cannot be deleted. Remove it from "
                    + "the capacity provider strategy of every service and from every cluster, then try again.");
        }
        CapacityProvider deleted = capacityProviders.delete(name);
        fleet.groups().stream().filter(g -> name.equals(g.capacityProviderName))
                .forEach(g -> g.capacityProviderName = null);
        return deleted;
    }

    /**
     * Replaces the cluster's providers and default strategy. An auto scaling group provider serves one cluster; one
     * that a service's strategy names or that still has tasks cannot be removed (ResourceInUseException).
     */
    Cluster put(String clusterName, List<String> providers, List<CapacityProviderStrategyItem> strategy) {
        if (providers == null || strategy == null) {
            throw EcsErrors.invalidParameter("capacityProviders and defaultCapacityProviderStrategy are required.");
        }
        ClusterState cluster = clusters.active(clusterName);
        List<String> names = new ArrayList<>();
        for (String provider : providers) {
            String name = capacityProviders.active(provider).name();
            boolean elsewhere = !CapacityProviders.isFargate(name) && clusters.all().stream()
                    .anyMatch(c -> c != cluster && c.isActive() && c.capacityProviders.contains(name));
            if (elsewhere) {
                throw EcsErrors.client("The specified capacity provider '" + name + "' is already associated with "
                        + "another cluster. An Auto Scaling group capacity provider can be associated with one "
                        + "cluster only.");
            }
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        for (String removed : cluster.capacityProviders) {
            if (!names.contains(removed) && inUse(cluster, removed)) {
                throw GatewayException.client("ResourceInUseException", "The specified capacity provider '"
                        + removed + "' is in use and cannot be removed.");
            }
        }
        List<String> previous = cluster.capacityProviders;
        cluster.capacityProviders = List.copyOf(names);
        try {
            if (!strategy.isEmpty()) {
                CapacityProviders.checkStrategy(strategy, cluster);
            }
        } catch (GatewayException refused) {
            cluster.capacityProviders = previous;
            throw refused;
        }
        cluster.defaultCapacityProviderStrategy = List.copyOf(strategy);
        return cluster.toCluster();
    }

    /**
     * CapacityProviderReservation, GroupDesiredCapacity and GroupInServiceInstances of the provider's group, the
     * minutes in [start, end).
     */
    private static List<MetricDataResult> metrics(AutoScalingGroupState group, Instant start, Instant end) {
        List<CapacitySample> samples = group.samples.stream()
                .filter(s -> !s.minute().isBefore(start) && s.minute().isBefore(end)).toList();
        List<CapacitySample> reserved = samples.stream().filter(s -> s.reservation() != null).toList();
        return List.of(
                metric("CapacityProviderReservation", "CapacityProviderReservation", reserved,
                        CapacitySample::reservation),
                metric("GroupDesiredCapacity", "Desired capacity", samples, s -> (double) s.desiredCapacity()),
                metric("GroupInServiceInstances", "In-service instances", samples, s -> (double) s.inService()));
    }

    /**
     * One of those metrics as CloudWatch names it: AWS/ECS/ManagedScaling CapacityProviderReservation by ClusterName
     * and CapacityProviderName, AWS/AutoScaling GroupDesiredCapacity and GroupInServiceInstances by
     * AutoScalingGroupName. Null for any other metric.
     */
    MetricDataResult series(Metric metric, Instant start, Instant end) {
        AutoScalingGroupState group;
        if (Metric.MANAGED_SCALING.equals(metric.namespace()) && metric.dimension("CapacityProviderName") != null) {
            group = fleet.ofProvider(metric.dimension("CapacityProviderName"));
            if (group != null && !group.cluster.name.equals(metric.dimension("ClusterName"))) {
                group = null;
            }
        } else if (Metric.AUTO_SCALING.equals(metric.namespace())
                && metric.dimension("AutoScalingGroupName") != null) {
            group = fleet.find(metric.dimension("AutoScalingGroupName"));
        } else {
            return null;
        }
        List<MetricDataResult> all = group == null ? List.of() : metrics(group, start, end);
        return all.stream().filter(m -> m.id().equals(metric.metricName())).findFirst()
                .orElse(new MetricDataResult(metric.metricName(), metric.metricName(), List.of(), List.of()));
    }

    private static MetricDataResult metric(String id, String label, List<CapacitySample> samples,
                                           Function<CapacitySample, Double> value) {
        return new MetricDataResult(id, label, samples.stream().map(CapacitySample::minute).toList(),
                samples.stream().map(value).toList());
    }

    private boolean usedByService(String name) {
        return clusters.all().stream().anyMatch(c -> c.services.values().stream()
                .filter(ServiceState::isActive).anyMatch(s -> usesProvider(s, name)));
    }

    private static boolean inUse(ClusterState cluster, String name) {
        boolean tasks = cluster.tasks.values().stream()
                .anyMatch(t -> !t.isStopped() && Objects.equals(name, t.capacityProviderName));
        return tasks || cluster.services.values().stream().filter(ServiceState::isActive)
                .anyMatch(s -> usesProvider(s, name));
    }

    private static boolean usesProvider(ServiceState service, String name) {
        return service.spec().capacityProviderStrategy().stream().anyMatch(i -> name.equals(i.capacityProvider()));
    }
}
