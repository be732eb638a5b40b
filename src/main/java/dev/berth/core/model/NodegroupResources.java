package dev.berth.core.model;

import java.util.List;

/** What EKS created for a node group: its auto scaling group. */
public record NodegroupResources(List<AutoScalingGroup> autoScalingGroups) {
    public NodegroupResources {
        autoScalingGroups = List.copyOf(autoScalingGroups);
    }

    /** An auto scaling group by name, as EKS reports it. */
    public record AutoScalingGroup(String name) {
    }
}
