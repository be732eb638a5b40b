package dev.berth.core.model;

/** The IAM role App Runner assumes to pull an image from a private ECR repository. */
public record AuthenticationConfiguration(String accessRoleArn) {
}
