package dev.berth.core.model;

/** How many nodes a node group keeps: minSize ≤ desiredSize ≤ maxSize. A member left null keeps its value on update. */
public record NodegroupScalingConfig(Integer minSize, Integer maxSize, Integer desiredSize) {
}
