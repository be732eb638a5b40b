package dev.berth.sim.ecs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * An EC2 auto scaling group whose instances join one cluster (the cluster its launch template's user data names).
 * It keeps {@link #desiredCapacity} instances in service; when its capacity provider has managed scaling, cluster
 * auto scaling moves the desired capacity ({@link ClusterAutoScaling}).
 */
final class AutoScalingGroupState {
    private static final Duration SAMPLES_KEPT = Duration.ofDays(15);

    /** One EC2 instance of the group, from launch until it is terminated. */
    static final class GroupInstance {
        final String instanceId;
        final String availabilityZone;
        final long launchedAtMillis;
        /** Null while the instance boots and starts the ECS agent. */
        ContainerInstanceState containerInstance;
        /** Chosen by a scale-in: draining or about to be terminated, no longer in service. */
        boolean leaving;

        GroupInstance(String instanceId, String availabilityZone, long launchedAtMillis) {
            this.instanceId = instanceId;
            this.availabilityZone = availabilityZone;
            this.launchedAtMillis = launchedAtMillis;
        }

        /** Registered with tasks that have not stopped: the instance managed termination protection protects. */
        boolean runsTasks() {
            return containerInstance != null && !containerInstance.tasks.isEmpty();
        }
    }

    final String name;
    final String arn;
    final InstanceTypes.InstanceType instanceType;
    final ClusterState cluster;
    final long createdAtMillis;
    /** The size bounds and desired capacity; UpdateAutoScalingGroup changes them. */
    int minSize;
    int maxSize;
    int desiredCapacity;
    /** Null once its capacity provider is deleted. */
    String capacityProviderName;
    /** In launch order; an instance leaves the list when it is terminated. */
    final List<GroupInstance> instances = new ArrayList<>();
    /** Instances launched so far, which also picks the next one's Availability Zone. */
    int launched;
    /**
     * One a minute, for the charts, oldest first; kept for {@link #SAMPLES_KEPT}, as long as CloudWatch keeps
     * one-minute datapoints (a world run for long at full speed would otherwise hold millions). CloudWatch keeps
     * coarser aggregates for longer; the simulator does not, so older periods have no datapoints.
     */
    final Deque<CapacitySample> samples = new ArrayDeque<>();
    /** Consecutive one-minute datapoints of CapacityProviderReservation below the target capacity. */
    int minutesBelowTarget;

    AutoScalingGroupState(String name, String arn, InstanceTypes.InstanceType instanceType, ClusterState cluster,
                          long createdAtMillis, int minSize, int maxSize, int desiredCapacity,
                          String capacityProviderName) {
        this.name = name;
        this.arn = arn;
        this.instanceType = instanceType;
        this.cluster = cluster;
        this.createdAtMillis = createdAtMillis;
        this.minSize = minSize;
        this.maxSize = maxSize;
        this.desiredCapacity = desiredCapacity;
        this.capacityProviderName = capacityProviderName;
    }

    /** Adds the minute's sample and forgets those older than {@link #SAMPLES_KEPT}. */
    void record(CapacitySample sample) {
        samples.addLast(sample);
        Instant oldestKept = sample.minute().minus(SAMPLES_KEPT);
        while (samples.getFirst().minute().isBefore(oldestKept)) {
            samples.removeFirst();
        }
    }

    /** InService instances: launched (booted or not) and not chosen by a scale-in. */
    List<GroupInstance> inService() {
        List<GroupInstance> inService = new ArrayList<>(instances.size());
        for (GroupInstance instance : instances) {
            if (!instance.leaving) {
                inService.add(instance);
            }
        }
        return inService;
    }
}
