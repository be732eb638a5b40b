package dev.berth.core.model;

/**
 * The EC2 capacity the console's "Create cluster" wizard puts behind a cluster: an auto scaling group of one
 * instance type, registered to the cluster through a capacity provider with managed scaling.
 */
public record Ec2Capacity(String instanceType, int minSize, int maxSize, int desiredCapacity) {
}
