package dev.berth.aws;

import dev.berth.core.model.AppRunnerService;
import dev.berth.core.model.AppRunnerServiceResponse;
import dev.berth.core.model.AuthenticationConfiguration;
import dev.berth.core.model.AutoScalingConfiguration;
import dev.berth.core.model.AutoScalingConfigurationSummary;
import dev.berth.core.model.CreateAppRunnerServiceRequest;
import dev.berth.core.model.CreateAutoScalingConfigurationRequest;
import dev.berth.core.model.HealthCheckConfiguration;
import dev.berth.core.model.ImageConfiguration;
import dev.berth.core.model.ImageRepository;
import dev.berth.core.model.InstanceConfiguration;
import dev.berth.core.model.OperationSummary;
import dev.berth.core.model.ServiceSummary;
import dev.berth.core.model.SourceConfiguration;
import dev.berth.core.model.UpdateAppRunnerServiceRequest;

import java.util.Map;

/**
 * AWS App Runner shapes between the SDK's classes and Berth's records, member by member (both use AWS's names).
 * A service built from a source code repository has no image: its {@code imageRepository} is null, as AWS leaves it
 * out. Null request members are left out, so AWS applies its defaults.
 */
final class AppRunnerShapes {
    private AppRunnerShapes() {
    }

    // ---- requests

    static software.amazon.awssdk.services.apprunner.model.CreateServiceRequest createService(
            CreateAppRunnerServiceRequest r) {
        return software.amazon.awssdk.services.apprunner.model.CreateServiceRequest.builder()
                .serviceName(r.serviceName())
                .sourceConfiguration(source(r.sourceConfiguration()))
                .instanceConfiguration(instance(r.instanceConfiguration()))
                .healthCheckConfiguration(health(r.healthCheckConfiguration()))
                .autoScalingConfigurationArn(r.autoScalingConfigurationArn())
                .build();
    }

    static software.amazon.awssdk.services.apprunner.model.UpdateServiceRequest updateService(
            UpdateAppRunnerServiceRequest r) {
        return software.amazon.awssdk.services.apprunner.model.UpdateServiceRequest.builder()
                .serviceArn(r.serviceArn())
                .sourceConfiguration(source(r.sourceConfiguration()))
                .instanceConfiguration(instance(r.instanceConfiguration()))
                .healthCheckConfiguration(health(r.healthCheckConfiguration()))
                .autoScalingConfigurationArn(r.autoScalingConfigurationArn())
                .build();
    }

    static software.amazon.awssdk.services.apprunner.model.CreateAutoScalingConfigurationRequest
            createAutoScalingConfiguration(CreateAutoScalingConfigurationRequest r) {
        return software.amazon.awssdk.services.apprunner.model.CreateAutoScalingConfigurationRequest.builder()
                .autoScalingConfigurationName(r.autoScalingConfigurationName())
                .maxConcurrency(r.maxConcurrency())
                .minSize(r.minSize())
                .maxSize(r.maxSize())
                .build();
    }

    private static software.amazon.awssdk.services.apprunner.model.SourceConfiguration source(SourceConfiguration s) {
        if (s == null) {
            return null;
        }
        ImageRepository image = s.imageRepository();
        return software.amazon.awssdk.services.apprunner.model.SourceConfiguration.builder()
                .imageRepository(image == null ? null
                        : software.amazon.awssdk.services.apprunner.model.ImageRepository.builder()
                                .imageIdentifier(image.imageIdentifier())
                                .imageRepositoryType(image.imageRepositoryType())
                                .imageConfiguration(imageConfiguration(image.imageConfiguration()))
                                .build())
                .autoDeploymentsEnabled(s.autoDeploymentsEnabled())
                .authenticationConfiguration(s.authenticationConfiguration() == null ? null
                        : software.amazon.awssdk.services.apprunner.model.AuthenticationConfiguration.builder()
                                .accessRoleArn(s.authenticationConfiguration().accessRoleArn())
                                .build())
                .build();
    }

    private static software.amazon.awssdk.services.apprunner.model.ImageConfiguration imageConfiguration(
            ImageConfiguration c) {
        return c == null ? null : software.amazon.awssdk.services.apprunner.model.ImageConfiguration.builder()
                .runtimeEnvironmentVariables(c.runtimeEnvironmentVariables().isEmpty() ? null
                        : c.runtimeEnvironmentVariables())
                .startCommand(c.startCommand())
                .port(c.port())
                .build();
    }

    private static software.amazon.awssdk.services.apprunner.model.InstanceConfiguration instance(
            InstanceConfiguration c) {
        return c == null ? null : software.amazon.awssdk.services.apprunner.model.InstanceConfiguration.builder()
                .cpu(c.cpu())
                .memory(c.memory())
                .instanceRoleArn(c.instanceRoleArn())
                .build();
    }

    private static software.amazon.awssdk.services.apprunner.model.HealthCheckConfiguration health(
            HealthCheckConfiguration c) {
        return c == null ? null : software.amazon.awssdk.services.apprunner.model.HealthCheckConfiguration.builder()
                .protocol(c.protocol())
                .path(c.path())
                .interval(c.interval())
                .timeout(c.timeout())
                .healthyThreshold(c.healthyThreshold())
                .unhealthyThreshold(c.unhealthyThreshold())
                .build();
    }

    // ---- responses

    static AppRunnerServiceResponse changed(software.amazon.awssdk.services.apprunner.model.Service service,
                                            String operationId) {
        return new AppRunnerServiceResponse(service(service), operationId);
    }

    static AppRunnerService service(software.amazon.awssdk.services.apprunner.model.Service s) {
        return new AppRunnerService(s.serviceName(), s.serviceId(), s.serviceArn(), s.serviceUrl(), s.createdAt(),
                s.updatedAt(), s.deletedAt(), s.statusAsString(), source(s.sourceConfiguration()),
                instance(s.instanceConfiguration()), health(s.healthCheckConfiguration()),
                configurationSummary(s.autoScalingConfigurationSummary()));
    }

    static ServiceSummary serviceSummary(software.amazon.awssdk.services.apprunner.model.ServiceSummary s) {
        return new ServiceSummary(s.serviceName(), s.serviceId(), s.serviceArn(), s.serviceUrl(), s.createdAt(),
                s.updatedAt(), s.statusAsString());
    }

    static OperationSummary operation(software.amazon.awssdk.services.apprunner.model.OperationSummary o) {
        return new OperationSummary(o.id(), o.typeAsString(), o.statusAsString(), o.targetArn(), o.startedAt(),
                o.endedAt(), o.updatedAt());
    }

    static AutoScalingConfiguration configuration(
            software.amazon.awssdk.services.apprunner.model.AutoScalingConfiguration c) {
        return new AutoScalingConfiguration(c.autoScalingConfigurationArn(), c.autoScalingConfigurationName(),
                zeroIfNull(c.autoScalingConfigurationRevision()), Boolean.TRUE.equals(c.latest()), c.statusAsString(),
                zeroIfNull(c.maxConcurrency()), zeroIfNull(c.minSize()), zeroIfNull(c.maxSize()), c.createdAt(),
                c.deletedAt(), Boolean.TRUE.equals(c.hasAssociatedService()), Boolean.TRUE.equals(c.isDefault()));
    }

    static AutoScalingConfigurationSummary configurationSummary(
            software.amazon.awssdk.services.apprunner.model.AutoScalingConfigurationSummary c) {
        return c == null ? null : new AutoScalingConfigurationSummary(c.autoScalingConfigurationArn(),
                c.autoScalingConfigurationName(), zeroIfNull(c.autoScalingConfigurationRevision()),
                c.statusAsString(), c.createdAt(), Boolean.TRUE.equals(c.hasAssociatedService()),
                Boolean.TRUE.equals(c.isDefault()));
    }

    private static SourceConfiguration source(software.amazon.awssdk.services.apprunner.model.SourceConfiguration s) {
        if (s == null) {
            return null;
        }
        var image = s.imageRepository();
        return new SourceConfiguration(image == null ? null : new ImageRepository(image.imageIdentifier(),
                imageConfiguration(image.imageConfiguration()), image.imageRepositoryTypeAsString()),
                s.autoDeploymentsEnabled(), s.authenticationConfiguration() == null ? null
                        : new AuthenticationConfiguration(s.authenticationConfiguration().accessRoleArn()));
    }

    private static ImageConfiguration imageConfiguration(
            software.amazon.awssdk.services.apprunner.model.ImageConfiguration c) {
        return c == null ? null : new ImageConfiguration(c.hasRuntimeEnvironmentVariables()
                ? c.runtimeEnvironmentVariables() : Map.of(), c.startCommand(), c.port());
    }

    private static InstanceConfiguration instance(
            software.amazon.awssdk.services.apprunner.model.InstanceConfiguration c) {
        return c == null ? null : new InstanceConfiguration(c.cpu(), c.memory(), c.instanceRoleArn());
    }

    private static HealthCheckConfiguration health(
            software.amazon.awssdk.services.apprunner.model.HealthCheckConfiguration c) {
        return c == null ? null : new HealthCheckConfiguration(c.protocolAsString(), c.path(), c.interval(),
                c.timeout(), c.healthyThreshold(), c.unhealthyThreshold());
    }

    private static int zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }
}
