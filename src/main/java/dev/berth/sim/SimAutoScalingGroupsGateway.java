package dev.berth.sim;

import dev.berth.core.gateway.AutoScalingGroupsGateway;
import dev.berth.core.model.AutoScalingGroup;
import dev.berth.sim.ecs.UpdateAutoScalingGroupCommand;

import java.util.List;

/**
 * The simulator behind {@link AutoScalingGroupsGateway}: the Auto Scaling groups of EC2 clusters live in the ECS
 * engine, so changes are journaled ECS commands and reads look at the ECS world.
 */
final class SimAutoScalingGroupsGateway implements AutoScalingGroupsGateway {
    private final Simulator simulator;

    SimAutoScalingGroupsGateway(Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public List<AutoScalingGroup> describeAutoScalingGroups(List<String> autoScalingGroupNames) {
        return simulator.read(ecs -> ecs.describeAutoScalingGroups(autoScalingGroupNames));
    }

    @Override
    public void updateAutoScalingGroup(String autoScalingGroupName, Integer minSize, Integer maxSize,
                                       Integer desiredCapacity) {
        simulator.execute(new UpdateAutoScalingGroupCommand(autoScalingGroupName, minSize, maxSize,
                desiredCapacity));
    }
}
