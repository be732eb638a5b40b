package dev.berth.core.model;

/**
 * App Runner's CreateService input (named apart from ECS's {@link CreateServiceRequest}). Null members take AWS's
 * defaults: 1 vCPU and 2 GB, the TCP health check, the account's default auto scaling configuration.
 */
public record CreateAppRunnerServiceRequest(
        String serviceName,
        SourceConfiguration sourceConfiguration,
        InstanceConfiguration instanceConfiguration,
        HealthCheckConfiguration healthCheckConfiguration,
        String autoScalingConfigurationArn) {

    /** A service from a public ECR image, as the console's wizard makes it. */
    public static CreateAppRunnerServiceRequest fromPublicImage(String serviceName, String image, String port,
                                                                String cpu, String memory) {
        return new CreateAppRunnerServiceRequest(serviceName, new SourceConfiguration(
                new ImageRepository(image, ImageConfiguration.port(port), ImageRepository.ECR_PUBLIC), false, null),
                InstanceConfiguration.of(cpu, memory), null, null);
    }
}
