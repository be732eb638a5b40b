package dev.berth.ui.taskdefs;

import dev.berth.core.ecr.RepositoryNames;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.SimulatedApplication;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a task definition's roles are missing, in plain words, before a task finds out: a role IAM does not have
 * (ECS cannot assume it, so nothing launches), an execution role without AmazonECSTaskExecutionRolePolicy for an
 * ECR image or awslogs, and a task role without the DynamoDB or S3 policy its application's calls need.
 */
final class RoleCheck {
    static final String EXECUTION_POLICY = "AmazonECSTaskExecutionRolePolicy";

    private RoleCheck() {
    }

    static List<String> warnings(String executionRole, String taskRole, List<ContainerDefinition> containers,
                                 RoleDirectory roles) {
        List<String> warnings = new ArrayList<>();
        if (!roles.known()) {
            return warnings;
        }
        boolean ecr = containers.stream().anyMatch(c -> RepositoryNames.isPrivateImage(c.image()));
        boolean awslogs = containers.stream()
                .anyMatch(c -> c.logConfiguration() != null && c.logConfiguration().isAwslogs());
        if (present(executionRole)) {
            Optional<List<String>> policies = roles.policiesOf(executionRole);
            if (policies.isEmpty()) {
                warnings.add(missing("execution", executionRole));
            } else if ((ecr || awslogs) && !policies.get().contains(EXECUTION_POLICY)) {
                warnings.add("This task " + (ecr ? "pulls from ECR" : "sends its logs with awslogs")
                        + " but its execution role lacks " + EXECUTION_POLICY + ".");
            }
        }
        boolean dynamoDb = containers.stream()
                .anyMatch(c -> c.environmentValue(SimulatedApplication.DYNAMODB_TABLE) != null);
        boolean s3 = containers.stream().anyMatch(c -> c.environmentValue(SimulatedApplication.S3_BUCKET) != null);
        if (!present(taskRole)) {
            if (dynamoDb || s3) {
                warnings.add("The application calls " + (dynamoDb ? "DynamoDB" : "S3") + " but the task has no "
                        + "task role, so its calls have no credentials (on EC2 they use the instance's role).");
            }
            return warnings;
        }
        Optional<List<String>> policies = roles.policiesOf(taskRole);
        if (policies.isEmpty()) {
            warnings.add(missing("task", taskRole));
            return warnings;
        }
        if (dynamoDb && policies.get().stream().noneMatch(p -> p.startsWith("AmazonDynamoDB"))) {
            warnings.add("The application writes to DynamoDB but its task role lacks a DynamoDB policy such as "
                    + "AmazonDynamoDBFullAccess.");
        }
        if (s3 && policies.get().stream().noneMatch(p -> p.startsWith("AmazonS3"))) {
            warnings.add("The application reads S3 but its task role lacks an S3 policy such as "
                    + "AmazonS3ReadOnlyAccess.");
        }
        return warnings;
    }

    private static String missing(String kind, String role) {
        return "The " + kind + " role " + role.substring(role.lastIndexOf('/') + 1) + " does not exist in IAM: ECS "
                + "cannot assume it, so no task will launch.";
    }

    private static boolean present(String role) {
        return role != null && !role.isBlank();
    }
}
