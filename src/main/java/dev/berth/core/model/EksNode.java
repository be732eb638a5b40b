package dev.berth.core.model;

import java.time.Instant;

/**
 * One node of a managed node group: the EC2 instance (what DescribeInstances with the {@code eks:nodegroup-name}
 * tag shows) and the Kubernetes node it registers as (what {@code kubectl get nodes} shows). {@code instanceState}
 * pending, running, shutting-down; {@code status} NotReady, Ready, or Ready,SchedulingDisabled while drained.
 */
public record EksNode(
        String instanceId,
        String nodeName,
        String nodegroupName,
        String instanceType,
        String capacityType,
        String availabilityZone,
        Instant launchTime,
        String instanceState,
        String status) {

    public boolean ready() {
        return "Ready".equals(status);
    }
}
