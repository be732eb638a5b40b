package dev.berth.core.model;

/**
 * Where an App Runner service's code comes from: here always an image ({@code CodeRepository} sources are not
 * simulated). {@code autoDeploymentsEnabled} null takes AWS's default: on for same-account ECR, off for ECR Public.
 * A private ECR image needs {@code authenticationConfiguration.accessRoleArn}.
 */
public record SourceConfiguration(
        ImageRepository imageRepository,
        Boolean autoDeploymentsEnabled,
        AuthenticationConfiguration authenticationConfiguration) {
}
