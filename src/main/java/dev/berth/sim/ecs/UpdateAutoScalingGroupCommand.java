package dev.berth.sim.ecs;

/** UpdateAutoScalingGroup (EC2 Auto Scaling) of a group behind a cluster. */
public record UpdateAutoScalingGroupCommand(String autoScalingGroupName, Integer minSize, Integer maxSize,
                                            Integer desiredCapacity) implements EcsCommand<Void> {
    @Override
    public Void applyTo(EcsWorld ecs) {
        ecs.updateAutoScalingGroup(autoScalingGroupName, minSize, maxSize, desiredCapacity);
        return null;
    }
}
