package dev.berth.sim.ecs;

import dev.berth.core.model.Ec2Capacity;
import dev.berth.sim.SimContext;
import dev.berth.sim.SimRandom;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The EC2 auto scaling groups behind clusters, as the console's "Create cluster" wizard builds them: one instance
 * type and a capacity provider each. A group keeps its desired capacity in service: launched instances register with
 * the cluster 90–180 s later (the time an instance takes to boot and start the ECS agent); when the desired capacity
 * falls, the group picks instances to terminate, sparing those managed termination protection protects, and with
 * managed draining an instance is DRAINING until its tasks are gone. A terminated instance shuts down for 20–60 s
 * (DEREGISTERING), then is INACTIVE.
 */
final class Ec2Fleet {
    private static final Duration REGISTRATION_MIN = Duration.ofSeconds(90);
    private static final Duration REGISTRATION_MAX = Duration.ofSeconds(180);
    private static final Duration SHUTDOWN_MIN = Duration.ofSeconds(20);
    private static final Duration SHUTDOWN_MAX = Duration.ofSeconds(60);

    private final SimContext context;
    private final ArnFactory arns;
    private final CapacityProviders capacityProviders;
    private final TaskLifecycle lifecycle;
    private final List<String> zones;
    /** Called when an instance registers, so tasks waiting in PROVISIONING are placed on it at once. */
    private final Consumer<ClusterState> registered;
    private final List<AutoScalingGroupState> groups = new ArrayList<>();
    private final Identities identities;

    Ec2Fleet(SimContext context, ArnFactory arns, CapacityProviders capacityProviders, TaskLifecycle lifecycle,
             List<String> zones, Consumer<ClusterState> registered, Identities identities) {
        this.context = context;
        this.arns = arns;
        this.capacityProviders = capacityProviders;
        this.lifecycle = lifecycle;
        this.zones = zones;
        this.registered = registered;
        this.identities = identities;
    }

    /** The checks of CreateCluster's EC2 capacity, made before anything is created. */
    static void check(Ec2Capacity capacity) {
        InstanceTypes.of(capacity.instanceType());
        boolean ordered = 0 <= capacity.minSize() && capacity.minSize() <= capacity.desiredCapacity()
                && capacity.desiredCapacity() <= capacity.maxSize();
        if (!ordered) {
            throw EcsErrors.invalidParameter("The auto scaling group needs 0 <= minimum size <= desired capacity "
                    + "<= maximum size.");
        }
    }

    /** Creates the auto scaling group and its capacity provider, named the way the console's stack names them. */
    AutoScalingGroupState createAutoScalingGroup(ClusterState cluster, Ec2Capacity capacity) {
        SimRandom random = context.random();
        String stack = "Infra-ECS-Cluster-" + cluster.name + "-" + random.hex(8);
        String groupName = stack + "-ECSAutoScalingGroup-" + random.alphanumeric(12);
        String providerName = stack + "-EC2CapacityProvider-" + random.alphanumeric(12);
        String groupArn = arns.autoScalingGroup(random.uuid(), groupName);
        capacityProviders.addAutoScalingGroupProvider(providerName, groupArn);
        AutoScalingGroupState group = new AutoScalingGroupState(groupName, groupArn,
                InstanceTypes.of(capacity.instanceType()), cluster, context.nowMillis(), capacity.minSize(),
                capacity.maxSize(),
                capacity.desiredCapacity(), providerName);
        groups.add(group);
        return group;
    }

    List<AutoScalingGroupState> groups() {
        return groups;
    }

    /** The Availability Zones every group spreads its instances over. */
    List<String> zones() {
        return zones;
    }

    /** The group of that ARN or name, or null. */
    AutoScalingGroupState find(String arnOrName) {
        return groups.stream().filter(g -> g.arn.equals(arnOrName) || g.name.equals(arnOrName)).findFirst()
                .orElse(null);
    }

    /** The group behind the capacity provider, or null (FARGATE, or a provider whose group is gone). */
    AutoScalingGroupState ofProvider(String capacityProviderName) {
        return groups.stream().filter(g -> capacityProviderName.equals(g.capacityProviderName)).findFirst()
                .orElse(null);
    }

    /**
     * Brings the group to its desired capacity: launches instances, spreading them over the zones, or terminates
     * the surplus the way the group's default termination policy picks it (the zone with most instances first, then
     * the oldest instance), skipping instances that run tasks when managed termination protection is on.
     */
    void reconcile(AutoScalingGroupState group) {
        while (group.inService().size() < group.desiredCapacity) {
            String zone = zones.get(group.launched % zones.size());
            group.launched++;
            launch(group, zone);
        }
        int surplus = group.inService().size() - group.desiredCapacity;
        boolean protect = group.capacityProviderName != null
                && capacityProviders.terminationProtected(group.capacityProviderName);
        for (int i = 0; i < surplus; i++) {
            Map<String, Long> perZone = group.inService().stream()
                    .collect(Collectors.groupingBy(g -> g.availabilityZone, Collectors.counting()));
            AutoScalingGroupState.GroupInstance victim = group.inService().stream()
                    .filter(g -> !(protect && g.runsTasks()))
                    .min(Comparator.comparingLong((AutoScalingGroupState.GroupInstance g) ->
                            -perZone.get(g.availabilityZone)).thenComparingLong(g -> g.launchedAtMillis))
                    .orElse(null);
            if (victim == null) {
                group.desiredCapacity = group.inService().size();
                return;
            }
            leave(group, victim);
        }
    }

    /** The group's health check finds a terminated instance gone and launches another in its zone. */
    void replace(ClusterState cluster, ContainerInstanceState terminated) {
        for (AutoScalingGroupState group : groups) {
            if (group.cluster == cluster && group.instances.removeIf(g -> g.containerInstance == terminated)) {
                launch(group, terminated.availabilityZone);
            }
        }
    }

    /** Chosen by a scale-in: draining on its way out, which a user cannot set ACTIVE again. */
    boolean isLeaving(ContainerInstanceState instance) {
        return groups.stream().flatMap(g -> g.instances.stream())
                .anyMatch(g -> g.containerInstance == instance && g.leaving);
    }

    /** Managed draining: an instance the group is removing is terminated once its tasks have stopped. */
    void finishDraining(ClusterState cluster) {
        for (AutoScalingGroupState group : groups) {
            if (group.cluster == cluster) {
                for (AutoScalingGroupState.GroupInstance instance : List.copyOf(group.instances)) {
                    if (instance.leaving && instance.containerInstance != null
                            && instance.containerInstance.tasks.isEmpty()) {
                        terminate(group, instance);
                    }
                }
            }
        }
    }

    private void leave(AutoScalingGroupState group, AutoScalingGroupState.GroupInstance instance) {
        instance.leaving = true;
        if (instance.containerInstance == null) {
            group.instances.remove(instance);
        } else if (group.capacityProviderName != null && capacityProviders.drains(group.capacityProviderName)) {
            instance.containerInstance.status = "DRAINING";
            if (instance.containerInstance.tasks.isEmpty()) {
                terminate(group, instance);
            }
        } else {
            terminate(group, instance);
        }
    }

    /** EC2 shuts the instance down: its tasks stop with it, and ECS deregisters it. */
    private void terminate(AutoScalingGroupState group, AutoScalingGroupState.GroupInstance instance) {
        group.instances.remove(instance);
        ContainerInstanceState container = instance.containerInstance;
        container.status = "DEREGISTERING";
        Duration shutdown = context.random().between(SHUTDOWN_MIN, SHUTDOWN_MAX);
        context.schedule(context.nowMillis() + shutdown.toMillis(), () -> {
            container.status = "INACTIVE";
            container.agentConnected = false;
            lifecycle.hostTerminated(container);
        });
    }

    private void launch(AutoScalingGroupState group, String zone) {
        String instanceId = "i-0" + context.random().hex(16);
        Duration boot = context.random().between(REGISTRATION_MIN, REGISTRATION_MAX);
        AutoScalingGroupState.GroupInstance instance =
                new AutoScalingGroupState.GroupInstance(instanceId, zone, context.nowMillis());
        group.instances.add(instance);
        context.schedule(context.nowMillis() + boot.toMillis(), () -> register(group, instance));
    }

    /**
     * The agent registers with the credentials of the instance profile's role; without that role, or without
     * ecs:RegisterContainerInstance, the instance runs but never joins the cluster.
     */
    private void register(AutoScalingGroupState group, AutoScalingGroupState.GroupInstance instance) {
        ClusterState cluster = group.cluster;
        boolean profileWorks = identities.canAssume(Identities.INSTANCE_ROLE, Identities.EC2)
                && identities.allows(Identities.INSTANCE_ROLE, "ecs:RegisterContainerInstance");
        if (!cluster.isActive() || instance.leaving || !group.instances.contains(instance) || !profileWorks) {
            return;
        }
        String id = context.random().hex(32);
        instance.containerInstance = new ContainerInstanceState(id, arns.containerInstance(cluster.name, id),
                instance.instanceId, group.instanceType, instance.availabilityZone, group.capacityProviderName,
                context.now());
        cluster.containerInstances.put(id, instance.containerInstance);
        registered.accept(cluster);
    }
}
