package dev.berth.sim.eks;

import dev.berth.core.model.EksNode;

import java.time.Instant;

/** One node: an EC2 instance that boots, registers as a Kubernetes node, becomes Ready, and may be drained. */
final class NodeState {
    final String instanceId;
    final String nodeName;
    final String instanceType;
    final String capacityType;
    final String availabilityZone;
    final Instant launchTime;
    String instanceState = "pending";
    /** The Kubernetes node's status; null until the kubelet registers. */
    String status;
    /** Being drained and terminated: it no longer counts towards the desired size. */
    boolean leaving;

    NodeState(String instanceId, String nodeName, String instanceType, String capacityType, String availabilityZone,
              Instant launchTime) {
        this.instanceId = instanceId;
        this.nodeName = nodeName;
        this.instanceType = instanceType;
        this.capacityType = capacityType;
        this.availabilityZone = availabilityZone;
        this.launchTime = launchTime;
    }

    EksNode toModel(String nodegroupName) {
        return new EksNode(instanceId, nodeName, nodegroupName, instanceType, capacityType, availabilityZone,
                launchTime, instanceState, status == null ? "NotReady" : status);
    }
}
