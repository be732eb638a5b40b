package dev.berth.core.model;

/**
 * A secret handed to a container as an environment variable: {@code valueFrom} is a Secrets Manager secret's ARN or
 * an SSM parameter's ARN or name. The execution role fetches it before the containers start.
 */
public record Secret(String name, String valueFrom) {

    /** A Secrets Manager secret rather than an SSM Parameter Store parameter. */
    public boolean fromSecretsManager() {
        return valueFrom != null && valueFrom.startsWith("arn:aws:secretsmanager:");
    }
}
