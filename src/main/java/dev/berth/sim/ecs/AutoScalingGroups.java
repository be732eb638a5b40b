package dev.berth.sim.ecs;

import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.AutoScalingGroup;
import dev.berth.core.model.AutoScalingInstance;

import java.time.Instant;
import java.util.List;

/**
 * DescribeAutoScalingGroups and UpdateAutoScalingGroup on the groups behind clusters, with EC2 Auto Scaling's
 * checks and messages ("Desired capacity:3 must be between the specified min size:1 and max size:2").
 */
final class AutoScalingGroups {
    private final Ec2Fleet fleet;

    AutoScalingGroups(Ec2Fleet fleet) {
        this.fleet = fleet;
    }

    List<AutoScalingGroup> describe(List<String> names) {
        return fleet.groups().stream()
                .filter(g -> names == null || names.isEmpty() || names.contains(g.name))
                .map(this::toGroup).toList();
    }

    /** All sizes are checked before any is changed; then the group launches or terminates instances to match. */
    void update(String name, Integer minSize, Integer maxSize, Integer desiredCapacity) {
        AutoScalingGroupState group = name == null ? null : fleet.find(name);
        if (group == null || !group.name.equals(name)) {
            throw validation("AutoScalingGroup name not found - " + name);
        }
        int min = minSize == null ? group.minSize : minSize;
        int max = maxSize == null ? group.maxSize : maxSize;
        if (min < 0) {
            throw validation("1 validation error detected: Value '" + min + "' at 'minSize' failed to satisfy "
                    + "constraint: Member must have value greater than or equal to 0");
        }
        if (min > max) {
            throw validation("Max bound, " + max + ", must be greater than or equal to min bound, " + min);
        }
        int desired = desiredCapacity != null ? desiredCapacity : Math.min(max, Math.max(min, group.desiredCapacity));
        if (desired < min || desired > max) {
            throw validation("Desired capacity:" + desired + " must be between the specified min size:" + min
                    + " and max size:" + max);
        }
        group.minSize = min;
        group.maxSize = max;
        group.desiredCapacity = desired;
        fleet.reconcile(group);
    }

    private AutoScalingGroup toGroup(AutoScalingGroupState group) {
        List<AutoScalingInstance> instances = group.instances.stream()
                .map(i -> new AutoScalingInstance(i.instanceId, group.instanceType.name(), i.availabilityZone,
                        i.leaving ? "Terminating" : i.containerInstance == null ? "Pending" : "InService",
                        "Healthy"))
                .toList();
        return new AutoScalingGroup(group.name, group.arn, group.minSize, group.maxSize, group.desiredCapacity,
                instances, fleet.zones(), Instant.ofEpochMilli(group.createdAtMillis));
    }

    private static GatewayException validation(String message) {
        return GatewayException.client("ValidationError", message);
    }
}
