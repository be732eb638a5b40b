package dev.berth.sim.eks;

import dev.berth.core.model.Nodegroup;
import dev.berth.core.model.NodegroupHealth;
import dev.berth.core.model.NodegroupResources;
import dev.berth.core.model.NodegroupScalingConfig;
import dev.berth.core.model.NodegroupUpdateConfig;
import dev.berth.core.model.Taint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One managed node group: its settings, its nodes and its updates. */
final class NodegroupState {
    final String name;
    final String arn;
    final String clusterName;
    final Instant createdAt;
    final String capacityType;
    final List<String> instanceTypes;
    final List<String> subnets;
    final String amiType;
    final String nodeRole;
    final int diskSize;
    final String autoScalingGroupName;
    final Map<String, String> tags;
    Instant modifiedAt;
    String version;
    String releaseVersion;
    String status = "CREATING";
    int minSize;
    int maxSize;
    int desiredSize;
    final Map<String, String> labels = new TreeMap<>();
    final List<Taint> taints = new ArrayList<>();
    final List<NodegroupHealth.Issue> issues = new ArrayList<>();
    final List<NodeState> nodes = new ArrayList<>();
    final Map<String, UpdateState> updates = new LinkedHashMap<>();
    /** Nodes launched so far; the next one goes to subnet {@code launches % subnets.size()}. */
    int launches;
    /** Until this time (epoch millis) EC2 has no Spot capacity for the group; 0 when it has. */
    long spotCapacityReturnsAt;

    NodegroupState(String name, String arn, String clusterName, Instant createdAt, String capacityType,
                   List<String> instanceTypes, List<String> subnets, String amiType, String nodeRole, int diskSize,
                   String autoScalingGroupName, Map<String, String> tags) {
        this.name = name;
        this.arn = arn;
        this.clusterName = clusterName;
        this.createdAt = createdAt;
        this.modifiedAt = createdAt;
        this.capacityType = capacityType;
        this.instanceTypes = List.copyOf(instanceTypes);
        this.subnets = List.copyOf(subnets);
        this.amiType = amiType;
        this.nodeRole = nodeRole;
        this.diskSize = diskSize;
        this.autoScalingGroupName = autoScalingGroupName;
        this.tags = Map.copyOf(tags);
    }

    /** ACTIVE or DEGRADED: settled, so it takes updates. */
    boolean settled() {
        return "ACTIVE".equals(status) || "DEGRADED".equals(status);
    }

    /** Nodes that count towards the desired size: not being drained or terminated. */
    List<NodeState> staying() {
        return nodes.stream().filter(node -> !node.leaving).toList();
    }

    Nodegroup toModel() {
        return new Nodegroup(name, arn, clusterName, version, releaseVersion, createdAt, modifiedAt, status,
                capacityType, new NodegroupScalingConfig(minSize, maxSize, desiredSize), instanceTypes, subnets,
                amiType, nodeRole, labels, taints,
                new NodegroupResources(List.of(new NodegroupResources.AutoScalingGroup(autoScalingGroupName))),
                diskSize, new NodegroupHealth(issues), new NodegroupUpdateConfig(1), tags);
    }
}
