package dev.berth.sim.ecs;

import dev.berth.core.model.ManagedScaling;
import dev.berth.sim.SimContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Amazon ECS cluster auto scaling: once a minute, for each auto scaling group whose capacity provider has managed
 * scaling and is associated with the group's cluster, the CapacityProviderReservation metric M / N × 100 (N the
 * group's instances in service, M the instances its tasks need: those running tasks plus enough new ones to hold
 * the tasks waiting in PROVISIONING; 100 when both are 0, 200 when only N is) drives a target tracking policy on the
 * target capacity. One datapoint above target scales out to ceil(M × 100 / target) instances, at least the minimum
 * and at most the maximum scaling step more than N; fifteen consecutive datapoints below target scale in, to no
 * fewer than ceil(M × 100 / target), by at most half the group at a time, and not while an instance is still within
 * its warm-up period (Developer Guide, "Automatically manage Amazon ECS capacity with cluster auto scaling";
 * AWS blog "Deep dive on Amazon ECS cluster auto scaling", "Faster scaling-in for Amazon ECS cluster auto scaling").
 * Instances still booting count in N, so one scale-out is not repeated for the same waiting tasks.
 */
final class ClusterAutoScaling {
    static final int SCALE_IN_DATAPOINTS = 15;

    private final SimContext context;
    private final CapacityProviders capacityProviders;
    private final Ec2Fleet fleet;

    ClusterAutoScaling(SimContext context, CapacityProviders capacityProviders, Ec2Fleet fleet) {
        this.context = context;
        this.capacityProviders = capacityProviders;
        this.fleet = fleet;
    }

    /** One evaluation of every group, at the start of a minute. */
    void evaluate() {
        for (AutoScalingGroupState group : fleet.groups()) {
            if (group.cluster.isActive()) {
                evaluate(group);
            }
        }
    }

    /** Records the minute's datapoint after acting on it, so the desired capacity shown is the one it led to. */
    private void evaluate(AutoScalingGroupState group) {
        ManagedScaling scaling = managedScaling(group);
        Double reservation = null;
        if (scaling == null) {
            group.minutesBelowTarget = 0;
        } else {
            int needed = instancesNeeded(group);
            reservation = reservation(needed, group.inService().size());
            track(group, scaling, needed, reservation);
        }
        int booted = 0;
        for (AutoScalingGroupState.GroupInstance instance : group.inService()) {
            if (instance.containerInstance != null) {
                booted++;
            }
        }
        group.record(new CapacitySample(context.now(), reservation, group.desiredCapacity, booted));
    }

    private void track(AutoScalingGroupState group, ManagedScaling scaling, int needed, double reservation) {
        int inService = group.inService().size();
        int tracked = (int) Math.ceil(needed * 100.0 / scaling.targetCapacity());
        if (reservation >= scaling.targetCapacity()) {
            group.minutesBelowTarget = 0;
            int desired = Math.max(inService + scaling.minimumScalingStepSize(),
                    Math.min(tracked, inService + scaling.maximumScalingStepSize()));
            desired = Math.min(desired, group.maxSize);
            if (reservation > scaling.targetCapacity() && desired > group.desiredCapacity) {
                group.desiredCapacity = desired;
                fleet.reconcile(group);
            }
            return;
        }
        group.minutesBelowTarget++;
        if (group.minutesBelowTarget >= SCALE_IN_DATAPOINTS && !warmingUp(group, scaling)) {
            int desired = Math.max(group.minSize, Math.max(tracked, inService - Math.max(1, inService / 2)));
            group.minutesBelowTarget = 0;
            if (desired < group.desiredCapacity) {
                group.desiredCapacity = desired;
                fleet.reconcile(group);
            }
        }
    }

    /** The provider's managed scaling, while the provider is associated with the group's cluster. */
    private ManagedScaling managedScaling(AutoScalingGroupState group) {
        String provider = group.capacityProviderName;
        if (provider == null || !group.cluster.capacityProviders.contains(provider)) {
            return null;
        }
        return capacityProviders.managedScaling(provider);
    }

    static double reservation(int needed, int inService) {
        if (inService == 0) {
            return needed == 0 ? 100 : 200;
        }
        return needed * 100.0 / inService;
    }

    /**
     * M: the group's registered instances that run tasks, plus fresh instances of its type for the tasks waiting in
     * PROVISIONING for its capacity provider, packed first-fit by CPU and memory. A task too big for any instance of
     * the type needs none, as no instance could take it.
     */
    static int instancesNeeded(AutoScalingGroupState group) {
        int busy = 0;
        for (AutoScalingGroupState.GroupInstance instance : group.instances) {
            if (!instance.leaving && instance.runsTasks()) {
                busy++;
            }
        }
        InstanceTypes.InstanceType type = group.instanceType;
        List<int[]> fresh = new ArrayList<>();
        for (TaskState task : group.cluster.awaitingCapacity) {
            if (!group.capacityProviderName.equals(task.capacityProviderName)) {
                continue;
            }
            Placement.Requirements needs = Placement.Requirements.of(task.definition, null);
            if (needs.cpu() > type.cpuUnits() || needs.memory() > type.registeredMemoryMiB()) {
                continue;
            }
            int[] room = fresh.stream().filter(r -> r[0] >= needs.cpu() && r[1] >= needs.memory()).findFirst()
                    .orElseGet(() -> {
                        int[] instance = {type.cpuUnits(), type.registeredMemoryMiB()};
                        fresh.add(instance);
                        return instance;
                    });
            room[0] -= needs.cpu();
            room[1] -= needs.memory();
        }
        return busy + fresh.size();
    }

    private boolean warmingUp(AutoScalingGroupState group, ManagedScaling scaling) {
        long warmupMillis = scaling.instanceWarmupPeriod() * 1000L;
        return group.instances.stream().anyMatch(i -> context.nowMillis() < i.launchedAtMillis + warmupMillis);
    }
}
