package dev.berth.core.model;

/**
 * One instance of an Auto Scaling group; {@code lifecycleState} as EC2 Auto Scaling names it ({@code Pending},
 * {@code InService}, {@code Terminating}, ...), {@code healthStatus} {@code Healthy} or {@code Unhealthy}.
 */
public record AutoScalingInstance(String instanceId, String instanceType, String availabilityZone,
                                  String lifecycleState, String healthStatus) {
}
