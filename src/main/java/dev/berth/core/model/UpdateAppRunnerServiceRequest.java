package dev.berth.core.model;

/**
 * App Runner's UpdateService input: the members given replace the service's; null members stay as they are. The
 * name and encryption cannot change.
 */
public record UpdateAppRunnerServiceRequest(
        String serviceArn,
        SourceConfiguration sourceConfiguration,
        InstanceConfiguration instanceConfiguration,
        HealthCheckConfiguration healthCheckConfiguration,
        String autoScalingConfigurationArn) {
}
