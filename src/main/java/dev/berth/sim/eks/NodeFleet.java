package dev.berth.sim.eks;

import dev.berth.sim.SimContext;
import dev.berth.sim.SimRandom;
import dev.berth.sim.ecs.Subnets;

/**
 * The EC2 side of managed node groups: the auto scaling group launches instances across the group's subnets, each
 * boots, registers with the cluster as NotReady and turns Ready; a node taken away is cordoned and drained, then
 * its instance shuts down and is gone.
 */
final class NodeFleet {
    private final SimContext context;
    private final SimRandom random;
    private final Subnets subnets;

    NodeFleet(SimContext context, SimRandom random, Subnets subnets) {
        this.context = context;
        this.random = random;
        this.subnets = subnets;
    }

    /** Launches or drains nodes until the group has its desired size; launches wait while Spot capacity is out. */
    void reconcile(NodegroupState group) {
        var staying = group.staying();
        int missing = group.desiredSize - staying.size();
        if (missing > 0 && !spotCapacityOut(group)) {
            for (int i = 0; i < missing; i++) {
                launch(group);
            }
        }
        // The newest nodes go first, so the longest-running ones keep their pods.
        for (int i = 0; i < -missing; i++) {
            drain(group, staying.get(staying.size() - 1 - i), EksDurations.NODE_DRAIN.toMillis());
        }
    }

    boolean spotCapacityOut(NodegroupState group) {
        return context.nowMillis() < group.spotCapacityReturnsAt;
    }

    /** A new instance in the next subnet; for several instance types, the auto scaling group picks one. */
    NodeState launch(NodegroupState group) {
        String subnet = group.subnets.get(group.launches++ % group.subnets.size());
        String type = group.instanceTypes.size() == 1 ? group.instanceTypes.get(0) : random.pick(group.instanceTypes);
        String address = "192.168." + random.nextInt(256) + "." + (1 + random.nextInt(254));
        NodeState node = new NodeState("i-0" + random.hex(16), subnets.privateDnsName(address), type,
                group.capacityType, subnets.availabilityZone(subnet), context.now());
        group.nodes.add(node);
        long running = context.nowMillis()
                + random.between(EksDurations.INSTANCE_BOOT_MIN, EksDurations.INSTANCE_BOOT_MAX).toMillis();
        long ready = running + random.between(EksDurations.NODE_READY_MIN, EksDurations.NODE_READY_MAX).toMillis();
        context.schedule(running, () -> {
            if (!node.leaving) {
                node.instanceState = "running";
                node.status = "NotReady";
            }
        });
        context.schedule(ready, () -> {
            if (!node.leaving) {
                node.status = "Ready";
            }
        });
        return node;
    }

    /** Cordons and drains the node for {@code drainMillis}, then terminates its instance. */
    void drain(NodegroupState group, NodeState node, long drainMillis) {
        node.leaving = true;
        if ("Ready".equals(node.status)) {
            node.status = "Ready,SchedulingDisabled";
        }
        long shuttingDown = context.nowMillis() + drainMillis;
        context.schedule(shuttingDown, () -> {
            node.instanceState = "shutting-down";
            node.status = node.status == null ? null : "NotReady";
        });
        context.schedule(shuttingDown + EksDurations.INSTANCE_SHUTDOWN.toMillis(), () -> {
            group.nodes.remove(node);
        });
    }
}
