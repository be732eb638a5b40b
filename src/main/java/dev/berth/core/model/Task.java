package dev.berth.core.model;

import java.time.Instant;
import java.util.List;

/**
 * An ECS task. lastStatus moves PROVISIONING → PENDING → ACTIVATING → RUNNING → DEACTIVATING → STOPPING →
 * DEPROVISIONING → STOPPED; desiredStatus is RUNNING or STOPPED.
 */
public record Task(
        String taskArn,
        String clusterArn,
        String taskDefinitionArn,
        String containerInstanceArn,
        String lastStatus,
        String desiredStatus,
        String launchType,
        String capacityProviderName,
        String cpu,
        String memory,
        String group,
        String startedBy,
        String availabilityZone,
        String healthStatus,
        Instant createdAt,
        Instant pullStartedAt,
        Instant pullStoppedAt,
        Instant startedAt,
        Instant stoppingAt,
        Instant stoppedAt,
        String stopCode,
        String stoppedReason,
        List<Container> containers,
        List<Attachment> attachments,
        long version) {
    public Task {
        containers = List.copyOf(containers);
        attachments = List.copyOf(attachments);
    }

    /** The 32-hex task id, the last part of the ARN. */
    public String taskId() {
        return taskArn.substring(taskArn.lastIndexOf('/') + 1);
    }

    /** The ENI's private IP for awsvpc tasks, else null. */
    public String privateIpv4Address() {
        return attachments.stream()
                .filter(a -> "ElasticNetworkInterface".equals(a.type()))
                .map(a -> a.detail("privateIPv4Address"))
                .filter(ip -> ip != null)
                .findFirst().orElse(null);
    }
}
