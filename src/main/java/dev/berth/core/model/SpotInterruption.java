package dev.berth.core.model;

/**
 * A Spot interruption to simulate on one node of a SPOT node group ({@code instanceId} null: the oldest running
 * one). With {@code capacityAvailable} false, EC2 has no Spot capacity left for a replacement, so the node group
 * turns DEGRADED until capacity returns.
 */
public record SpotInterruption(String clusterName, String nodegroupName, String instanceId,
                               boolean capacityAvailable) {
}
