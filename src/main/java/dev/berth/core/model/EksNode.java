package dev.berth.core.model;

import java.time.Instant;

/**
 * One node of a managed node group: the EC2 instance (what DescribeInstances with the {@code eks:nodegroup-name}
 * tag shows) and the Kubernetes node it registers as (what {@code kubectl get nodes} shows). {@code instanceState}
 * pending, running, shutting-down; {@code status} NotReady, Ready, or Ready,SchedulingDisabled while drained, and
 * null where only EC2 was asked (real AWS: the Kubernetes node's conditions take the Kubernetes API).
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

    /** The tags EKS puts on a managed node group's instances. */
    public static final String CLUSTER_NAME_TAG = "eks:cluster-name";
    public static final String NODEGROUP_NAME_TAG = "eks:nodegroup-name";

    /**
     * The node an EC2 instance of a managed node group is, as far as EC2 knows it: the Kubernetes node is named after
     * the instance's private DNS name; its status is not known.
     */
    public static EksNode ofInstance(Ec2Instance instance) {
        return new EksNode(instance.instanceId(), instance.privateDnsName(), instance.tag(NODEGROUP_NAME_TAG),
                instance.instanceType(), "spot".equals(instance.instanceLifecycle()) ? "SPOT" : "ON_DEMAND",
                instance.availabilityZone(), instance.launchTime(), instance.state(), null);
    }

    public boolean ready() {
        return "Ready".equals(status);
    }

    /** Whether the Kubernetes node's status is known: not where only EC2 was asked. */
    public boolean statusKnown() {
        return status != null;
    }
}
