package dev.berth.sim.eks;

import dev.berth.core.model.Ec2Instance;
import dev.berth.core.model.EksNode;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

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

    /** The node's EC2 instance, tagged as EKS tags a managed node group's instances. */
    Ec2Instance toInstance(NodegroupState group) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put(EksNode.CLUSTER_NAME_TAG, group.clusterName);
        tags.put(EksNode.NODEGROUP_NAME_TAG, group.name);
        tags.put("kubernetes.io/cluster/" + group.clusterName, "owned");
        tags.put("aws:autoscaling:groupName", group.autoScalingGroupName);
        // The node is named after the instance's private DNS name, ip-192-168-3-7.ec2.internal for 192.168.3.7.
        String privateIpAddress = nodeName.substring("ip-".length(), nodeName.indexOf('.')).replace('-', '.');
        return new Ec2Instance(instanceId, instanceType, instanceState, nodeName, privateIpAddress, availabilityZone,
                launchTime, "SPOT".equals(capacityType) ? "spot" : null, tags);
    }

    EksNode toModel(String nodegroupName) {
        return new EksNode(instanceId, nodeName, nodegroupName, instanceType, capacityType, availabilityZone,
                launchTime, instanceState, status == null ? "NotReady" : status);
    }
}
