package dev.berth.sim.ecs;

import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.EfsVolumeConfiguration;
import dev.berth.core.model.LogConfiguration;
import dev.berth.core.model.Secret;
import dev.berth.core.model.SimulatedApplication;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.Volume;
import dev.berth.sim.SimContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a task needs from IAM and EFS, and AWS's words when it does not have it. At launch ECS assumes the task's
 * execution and task roles; while the task is PENDING the agent authenticates to ECR, fetches secrets and creates
 * its log streams with the execution role (on EC2 without one, with the instance profile's role), and mounts its
 * EFS volumes through a mount target in the task's Availability Zone. Once RUNNING, the application calls AWS with
 * the task role as {@link SimulatedApplication} describes, so a missing permission shows as the SDK's error in the
 * service's events.
 */
final class TaskAccess {
    static final String DYNAMODB_TABLE = SimulatedApplication.DYNAMODB_TABLE;
    static final String S3_BUCKET = SimulatedApplication.S3_BUCKET;

    private final SimContext context;
    private final Identities identities;
    private final FileSystems fileSystems;

    TaskAccess(SimContext context, Identities identities, FileSystems fileSystems) {
        this.context = context;
        this.identities = identities;
        this.fileSystems = fileSystems;
    }

    /** Why ECS cannot launch a task of this definition: a role IAM does not have or that does not trust ECS tasks. */
    Optional<String> unassumableRole(TaskDefinition definition) {
        for (String role : new String[]{definition.executionRoleArn(), definition.taskRoleArn()}) {
            if (role != null && !role.isEmpty() && !identities.canAssume(role, Identities.ECS_TASKS)) {
                // [obs] aws-samples/aws-modern-application-workshop #88; telia-oss/terraform-aws-ecs-fargate #58
                return Optional.of("ECS was unable to assume the role '" + role + "' that was provided for this "
                        + "task. Please verify that the role being passed has the proper trust relationship and "
                        + "permissions and that your IAM user has permissions to pass this role.");
            }
        }
        return Optional.empty();
    }

    /** Why the PENDING task cannot start: registry auth, secrets, log streams, then its EFS volumes. */
    Optional<String> startFailure(TaskState task) {
        return registryAuthFailure(task).or(() -> secretsFailure(task)).or(() -> logStreamFailure(task))
                .or(() -> mountFailure(task));
    }

    /** The errors the application logs when its calls to DynamoDB and S3 are denied; empty when they succeed. */
    List<String> applicationDenials(TaskState task) {
        Principal principal = applicationPrincipal(task);
        boolean calls = task.definition.containerDefinitions().stream().anyMatch(c ->
                c.environmentValue(DYNAMODB_TABLE) != null || c.environmentValue(S3_BUCKET) != null);
        if (calls && principal == null) {
            return List.of("botocore.exceptions.NoCredentialsError: Unable to locate credentials");
        }
        List<String> denials = new ArrayList<>();
        for (ContainerDefinition container : task.definition.containerDefinitions()) {
            String table = container.environmentValue(DYNAMODB_TABLE);
            if (table != null) {
                String resource = "arn:aws:dynamodb:" + context.settings().region() + ":" + account() + ":table/"
                        + table;
                denied(principal, "dynamodb:PutItem", resource).ifPresent(reason -> denials.add(
                        "An error occurred (AccessDeniedException) when calling the PutItem operation: " + reason));
            }
            String bucket = container.environmentValue(S3_BUCKET);
            if (bucket != null) {
                denied(principal, "s3:ListBucket", "\"arn:aws:s3:::" + bucket + "\"").ifPresent(reason -> denials.add(
                        "An error occurred (AccessDenied) when calling the ListObjectsV2 operation: " + reason));
            }
        }
        return denials;
    }

    /** Who the agent acts as: the execution role, or on EC2 without one the instance's role; null when neither. */
    private Principal agentPrincipal(TaskState task) {
        String execution = task.definition.executionRoleArn();
        if (execution != null && !execution.isEmpty()) {
            return new Principal(execution, task.id);
        }
        return task.containerInstance == null ? null
                : new Principal(Identities.INSTANCE_ROLE, task.containerInstance.ec2InstanceId);
    }

    /** The task role; on EC2 without one the SDK falls back to the instance's role, on Fargate it finds nothing. */
    private Principal applicationPrincipal(TaskState task) {
        String taskRole = task.definition.taskRoleArn();
        if (taskRole != null && !taskRole.isEmpty()) {
            return new Principal(taskRole, task.id);
        }
        return task.containerInstance == null ? null
                : new Principal(Identities.INSTANCE_ROLE, task.containerInstance.ec2InstanceId);
    }

    private Optional<String> registryAuthFailure(TaskState task) {
        boolean ecr = task.containers.stream().anyMatch(c -> ImageRegistry.isPrivateEcrImage(c.definition.image()));
        Principal principal = agentPrincipal(task);
        if (!ecr || principal == null || identities.allows(principal.role, "ecr:GetAuthorizationToken")) {
            return Optional.empty();
        }
        if (isFargate(task)) {
            return Optional.of(StopReasons.registryAuthDenied(account(), principal.role, task.id,
                    context.random().uuid()));
        }
        return Optional.of("CannotPullECRContainerError: AccessDeniedException: "
                + notAuthorized(principal, "ecr:GetAuthorizationToken", "*") + "\n\tstatus code: 400, request id: "
                + context.random().uuid());
    }

    private Optional<String> secretsFailure(TaskState task) {
        Principal principal = agentPrincipal(task);
        for (ContainerDefinition container : task.definition.containerDefinitions()) {
            for (Secret secret : container.secrets()) {
                String action = secret.fromSecretsManager() ? "secretsmanager:GetSecretValue" : "ssm:GetParameters";
                if (principal == null || identities.allows(principal.role, action)) {
                    continue;
                }
                String denial = "AccessDeniedException: " + notAuthorized(principal, action, parameterArn(secret))
                        + " status code: 400, request id: " + context.random().uuid();
                String retrieval = secret.fromSecretsManager()
                        ? "unable to retrieve secret from asm: service call has been retried 1 time(s): failed to "
                        + "fetch secret " + secret.valueFrom() + " from secrets manager: "
                        : "unable to retrieve secrets from ssm: service call has been retried 1 time(s): ";
                return Optional.of("ResourceInitializationError: unable to pull secrets or registry auth: "
                        + "execution resource retrieval failed: " + retrieval + denial);
            }
        }
        return Optional.empty();
    }

    private Optional<String> logStreamFailure(TaskState task) {
        Principal principal = agentPrincipal(task);
        for (ContainerDefinition container : task.definition.containerDefinitions()) {
            LogConfiguration logs = container.logConfiguration();
            if (logs == null || !logs.isAwslogs() || principal == null
                    || identities.allows(principal.role, "logs:CreateLogStream")) {
                continue;
            }
            String stream = "arn:aws:logs:" + context.settings().region() + ":" + account() + ":log-group:"
                    + logs.options().getOrDefault("awslogs-group", "/ecs/" + task.definition.family())
                    + ":log-stream:" + logs.options().getOrDefault("awslogs-stream-prefix", "ecs") + "/"
                    + container.name() + "/" + task.id;
            String denial = "failed to create Cloudwatch log stream: AccessDeniedException: "
                    + notAuthorized(principal, "logs:CreateLogStream", stream) + " status code: 400, request id: "
                    + context.random().uuid();
            return Optional.of(isFargate(task)
                    ? "ResourceInitializationError: failed to validate logger args: create stream has been retried "
                    + "1 times: " + denial + " : exit status 1"
                    : "CannotStartContainerError: Error response from daemon: failed to initialize logging driver: "
                    + denial);
        }
        return Optional.empty();
    }

    /**
     * The file system's DNS name resolves to the mount target in the task's zone; without one the mount helper
     * gives up [obs] (aws/copilot-cli #5419 on Fargate; ydamni/cloud-is-free #3 on EC2's Docker volume plugin).
     */
    private Optional<String> mountFailure(TaskState task) {
        for (Volume volume : task.definition.volumes()) {
            EfsVolumeConfiguration efs = volume.efsVolumeConfiguration();
            if (efs == null || fileSystems.reachable(efs.fileSystemId(), task.availabilityZone)) {
                continue;
            }
            String resolve = "Failed to resolve \"" + efs.fileSystemId() + ".efs." + context.settings().region()
                    + ".amazonaws.com\" - check that your file system ID is correct, and ensure that the VPC has an "
                    + "EFS mount target for this file system ID. See https://docs.aws.amazon.com/console/efs/"
                    + "mount-dns-name for more detail. Attempting to lookup mount target ip address using botocore. "
                    + "Failed to import necessary dependency botocore, please install botocore first.";
            if (isFargate(task)) {
                return Optional.of("ResourceInitializationError: failed to invoke EFS utils commands to set up EFS "
                        + "volumes: stderr: " + resolve + " : unsuccessful EFS utils command execution; code: 1");
            }
            String dockerVolume = "ecs-" + task.definition.family() + "-" + task.definition.revision() + "-"
                    + volume.name() + "-" + context.random().hex(20);
            return Optional.of("CannotCreateContainerError: Error response from daemon: create " + dockerVolume
                    + ": VolumeDriver.Create: mounting volume failed: " + resolve);
        }
        return Optional.empty();
    }

    private Optional<String> denied(Principal principal, String action, String resource) {
        return identities.allows(principal.role, action) ? Optional.empty()
                : Optional.of(notAuthorized(principal, action, resource));
    }

    private String notAuthorized(Principal principal, String action, String resource) {
        return "User: arn:aws:sts::" + account() + ":assumed-role/" + ArnFactory.lastSegment(principal.role) + "/"
                + principal.session + " is not authorized to perform: " + action + " on resource: " + resource
                + " because no identity-based policy allows the " + action + " action";
    }

    private String parameterArn(Secret secret) {
        String from = secret.valueFrom();
        if (from.startsWith("arn:")) {
            return from;
        }
        return "arn:aws:ssm:" + context.settings().region() + ":" + account() + ":parameter/"
                + (from.startsWith("/") ? from.substring(1) : from);
    }

    private String account() {
        return context.settings().accountId();
    }

    private static boolean isFargate(TaskState task) {
        return task.containerInstance == null;
    }

    private record Principal(String role, String session) {
    }
}
