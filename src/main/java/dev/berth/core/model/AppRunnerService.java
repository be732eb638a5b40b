package dev.berth.core.model;

import java.time.Instant;

/**
 * An App Runner service as CreateService, DescribeService and DeleteService return it (AWS's {@code Service} shape,
 * named apart from the ECS {@link Service}). Status CREATE_FAILED, RUNNING, DELETED, DELETE_FAILED, PAUSED or
 * OPERATION_IN_PROGRESS. {@code serviceUrl} has no scheme; {@code deletedAt} is null until the service is deleted.
 */
public record AppRunnerService(
        String serviceName,
        String serviceId,
        String serviceArn,
        String serviceUrl,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        String status,
        SourceConfiguration sourceConfiguration,
        InstanceConfiguration instanceConfiguration,
        HealthCheckConfiguration healthCheckConfiguration,
        AutoScalingConfigurationSummary autoScalingConfigurationSummary) {

    public ServiceSummary summary() {
        return new ServiceSummary(serviceName, serviceId, serviceArn, serviceUrl, createdAt, updatedAt, status);
    }
}
