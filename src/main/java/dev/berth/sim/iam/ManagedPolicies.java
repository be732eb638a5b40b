package dev.berth.sim.iam;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The AWS managed policies the simulated IAM knows, with the actions they allow (from each policy's document, the
 * parts ECS tasks and instances touch). Customer managed policies are not simulated.
 */
final class ManagedPolicies {
    record Policy(String name, String arn, List<String> actions) {
    }

    static final String TASK_EXECUTION = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy";
    static final String CONTAINER_INSTANCE =
            "arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role";

    private static final List<String> ECR_PULL = List.of("ecr:GetAuthorizationToken",
            "ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage");
    private static final List<String> LOGS = List.of("logs:CreateLogStream", "logs:PutLogEvents");

    private static final Map<String, Policy> BY_ARN = Map.ofEntries(
            entry(TASK_EXECUTION, concat(ECR_PULL, LOGS)),
            entry(CONTAINER_INSTANCE, concat(List.of("ec2:DescribeTags", "ecs:CreateCluster",
                    "ecs:DeregisterContainerInstance", "ecs:DiscoverPollEndpoint", "ecs:Poll",
                    "ecs:RegisterContainerInstance", "ecs:StartTelemetrySession", "ecs:UpdateContainerInstancesState",
                    "ecs:Submit*"), concat(ECR_PULL, LOGS))),
            entry("arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly", List.of("ecr:GetAuthorizationToken",
                    "ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:GetRepositoryPolicy",
                    "ecr:DescribeRepositories", "ecr:ListImages", "ecr:DescribeImages", "ecr:BatchGetImage",
                    "ecr:GetLifecyclePolicy", "ecr:GetLifecyclePolicyPreview", "ecr:ListTagsForResource",
                    "ecr:DescribeImageScanFindings")),
            entry("arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess", List.of("dynamodb:*")),
            entry("arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess", List.of("dynamodb:BatchGetItem",
                    "dynamodb:Describe*", "dynamodb:List*", "dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan")),
            entry("arn:aws:iam::aws:policy/AmazonS3FullAccess", List.of("s3:*")),
            entry("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess", List.of("s3:Get*", "s3:List*")),
            entry("arn:aws:iam::aws:policy/SecretsManagerReadWrite", List.of("secretsmanager:*")),
            entry("arn:aws:iam::aws:policy/AmazonSSMReadOnlyAccess", List.of("ssm:Describe*", "ssm:Get*",
                    "ssm:List*")),
            entry("arn:aws:iam::aws:policy/CloudWatchLogsFullAccess", List.of("logs:*")),
            entry("arn:aws:iam::aws:policy/AmazonEKSClusterPolicy", List.of("ec2:*", "elasticloadbalancing:*",
                    "kms:DescribeKey")),
            entry("arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy", List.of("ec2:DescribeInstances",
                    "ec2:DescribeRouteTables", "ec2:DescribeSecurityGroups", "ec2:DescribeSubnets",
                    "ec2:DescribeVolumes", "ec2:DescribeVpcs", "eks:DescribeCluster")),
            entry("arn:aws:iam::aws:policy/AmazonElasticFileSystemClientReadWriteAccess",
                    List.of("elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite",
                            "elasticfilesystem:DescribeMountTargets")));

    private ManagedPolicies() {
    }

    static Optional<Policy> byArn(String arn) {
        return Optional.ofNullable(BY_ARN.get(arn));
    }

    /** An IAM action pattern: {@code *} matches any run of characters, case-insensitively, as IAM does. */
    static boolean matches(String pattern, String action) {
        String regex = ("\\Q" + pattern.toLowerCase() + "\\E").replace("*", "\\E.*\\Q");
        return action.toLowerCase().matches(regex);
    }

    private static Map.Entry<String, Policy> entry(String arn, List<String> actions) {
        return Map.entry(arn, new Policy(arn.substring(arn.lastIndexOf('/') + 1), arn, actions));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
