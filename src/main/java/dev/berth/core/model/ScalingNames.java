package dev.berth.core.model;

/** The names Application Auto Scaling uses for an ECS service's desired count. */
public final class ScalingNames {
    public static final String ECS = "ecs";
    public static final String DESIRED_COUNT = "ecs:service:DesiredCount";
    public static final String TARGET_TRACKING = "TargetTrackingScaling";
    public static final String STEP = "StepScaling";
    public static final String CPU = "ECSServiceAverageCPUUtilization";
    public static final String MEMORY = "ECSServiceAverageMemoryUtilization";
    public static final String REQUESTS_PER_TARGET = "ALBRequestCountPerTarget";

    private ScalingNames() {
    }

    /** {@code service/CLUSTER/SERVICE}. */
    public static String resourceId(String cluster, String service) {
        return "service/" + cluster + "/" + service;
    }
}
