package dev.berth.sim.ecs;

import dev.berth.core.model.Ec2Capacity;
import dev.berth.sim.SimContext;
import dev.berth.sim.SimRandom;

import java.time.Duration;
import java.util.List;

/**
 * EC2 capacity behind clusters, as the console's "Create cluster" wizard builds it: an auto scaling group of one
 * instance type and a capacity provider for it. Launched instances register with the cluster 90–180 s later, the
 * time an instance takes to boot and start the ECS agent.
 */
final class Ec2Fleet {
    private static final Duration REGISTRATION_MIN = Duration.ofSeconds(90);
    private static final Duration REGISTRATION_MAX = Duration.ofSeconds(180);

    private final SimContext context;
    private final ArnFactory arns;
    private final CapacityProviders capacityProviders;
    private final List<String> zones;
    private final Identities identities;

    Ec2Fleet(SimContext context, ArnFactory arns, CapacityProviders capacityProviders, List<String> zones,
             Identities identities) {
        this.context = context;
        this.arns = arns;
        this.capacityProviders = capacityProviders;
        this.zones = zones;
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
    AutoScalingGroupState createAutoScalingGroup(String clusterName, Ec2Capacity capacity) {
        SimRandom random = context.random();
        String stack = "Infra-ECS-Cluster-" + clusterName + "-" + random.hex(8);
        String groupName = stack + "-ECSAutoScalingGroup-" + random.alphanumeric(12);
        String providerName = stack + "-EC2CapacityProvider-" + random.alphanumeric(12);
        String groupArn = arns.autoScalingGroup(random.uuid(), groupName);
        capacityProviders.addAutoScalingGroupProvider(providerName, groupArn);
        return new AutoScalingGroupState(InstanceTypes.of(capacity.instanceType()), capacity.desiredCapacity(),
                providerName);
    }

    /** Launches instances until the group has its desired capacity; each registers with the cluster when booted. */
    void launchToDesired(ClusterState cluster) {
        AutoScalingGroupState group = cluster.autoScalingGroup;
        while (group.launched < group.desiredCapacity) {
            String zone = zones.get(group.launched % zones.size());
            group.launched++;
            launch(cluster, group, zone);
        }
    }

    /** The group's health check finds a terminated instance gone and launches another in its zone. */
    void replace(ClusterState cluster, ContainerInstanceState terminated) {
        AutoScalingGroupState group = cluster.autoScalingGroup;
        if (group != null && group.capacityProviderName.equals(terminated.capacityProviderName)) {
            launch(cluster, group, terminated.availabilityZone);
        }
    }

    private void launch(ClusterState cluster, AutoScalingGroupState group, String zone) {
        String instanceId = "i-0" + context.random().hex(16);
        Duration boot = context.random().between(REGISTRATION_MIN, REGISTRATION_MAX);
        long bootedAt = context.nowMillis() + boot.toMillis();
        context.schedule(bootedAt, () -> register(cluster, group, instanceId, zone));
    }

    /**
     * The agent registers with the credentials of the instance profile's role; without that role, or without
     * ecs:RegisterContainerInstance, the instance runs but never joins the cluster.
     */
    private void register(ClusterState cluster, AutoScalingGroupState group, String instanceId, String zone) {
        boolean profileWorks = identities.canAssume(Identities.INSTANCE_ROLE, Identities.EC2)
                && identities.allows(Identities.INSTANCE_ROLE, "ecs:RegisterContainerInstance");
        if (!cluster.isActive() || !profileWorks) {
            return;
        }
        String id = context.random().hex(32);
        cluster.containerInstances.put(id, new ContainerInstanceState(id, arns.containerInstance(cluster.name, id),
                instanceId, group.instanceType, zone, group.capacityProviderName, context.now()));
    }
}
