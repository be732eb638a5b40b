package dev.berth.sim.ecs;

import dev.berth.core.gateway.IamGateway;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateRoleRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.Ec2Capacity;
import dev.berth.core.model.KeyValuePair;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.RunTaskRequest;
import dev.berth.core.model.ServiceEvent;
import dev.berth.core.model.Task;
import dev.berth.sim.EcsFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The execution role, the instance profile and the task role, as the seeds teach them, with AWS's texts. */
class TaskRolesTest {
    private static final Duration STEP = Duration.ofSeconds(5);
    private static final String ACCOUNT = "123456789012";
    private static final String EXECUTION_POLICY =
            "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy";
    private static final String INSTANCE_POLICY =
            "arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role";
    private final EcsFixture world = new EcsFixture(17).withCluster();
    private final IamGateway iam = world.simulator.iam();

    @Test
    void anExecutionRoleIamDoesNotHaveFailsTheLaunchAsAwsDoes() {
        String missing = role("webExecutionRole");
        registerFargate("web", missing, null, List.of());
        String unable = "ECS was unable to assume the role '" + missing + "' that was provided for this task. Please "
                + "verify that the role being passed has the proper trust relationship and permissions and that your "
                + "IAM user has permissions to pass this role.";

        EcsFixture.assertRefused(() -> world.run("web:1", 1, "FARGATE", List.of(), EcsFixture.NETWORK),
                "ClientException", unable);
        world.fargateService("web", "web:1", 1, DeploymentConfiguration.defaults());
        world.advance(Duration.ofSeconds(30));
        assertThat(world.service("web").events()).extracting(ServiceEvent::message)
                .contains("(service web) failed to launch a task with (error " + unable + ").");
        assertThat(world.tasks("web", "RUNNING")).isEmpty();
    }

    @Test
    void anExecutionRoleWithoutEcrPermissionFailsThePullOnFargate() {
        iam.createRole(CreateRoleRequest.forService("webExecutionRole", Identities.ECS_TASKS, null));
        registerFargate("web", role("webExecutionRole"), null, List.of());

        world.fargateService("web", "web:1", 1, DeploymentConfiguration.defaults());
        world.advanceUntil(w -> !w.tasks("web", "STOPPED").isEmpty()
                && "STOPPED".equals(w.tasks("web", "STOPPED").get(0).lastStatus()), STEP, Duration.ofMinutes(3));

        Task failed = world.tasks("web", "STOPPED").get(0);
        assertThat(failed.stopCode()).isEqualTo("TaskFailedToStart");
        assertThat(failed.stoppedReason()).as("the same text ImagePullFaultTest pins down in full")
                .startsWith("ResourceInitializationError: unable to pull secrets or registry auth: ")
                .contains("assumed-role/webExecutionRole/" + failed.taskId() + " is not authorized to perform: "
                        + "ecr:GetAuthorizationToken on resource: *");

        iam.attachRolePolicy("webExecutionRole", EXECUTION_POLICY);
        Task next = world.run("web:1", 1, "FARGATE", List.of(), EcsFixture.NETWORK).tasks().get(0);
        world.advance(Duration.ofMinutes(2));
        Task pulled = world.ecs.describeTasks(EcsFixture.CLUSTER, List.of(next.taskArn())).items().get(0);
        assertThat(pulled.stoppedReason()).as("with the policy the agent gets past registry auth")
                .doesNotContain("GetAuthorizationToken");
    }

    @Test
    void onEc2WithoutAnExecutionRoleTheInstanceRolePullsAndFailsWithoutItsPolicy() {
        world.ecs.createCluster(new CreateClusterRequest("ec2", List.of(), List.of(),
                new Ec2Capacity("t3.medium", 1, 1, 1), List.of()));
        world.advance(Duration.ofMinutes(4));
        iam.detachRolePolicy(Identities.INSTANCE_ROLE, INSTANCE_POLICY);
        world.ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest("worker", "bridge", List.of("EC2"), null,
                "512", null, null, List.of(container(EcsFixture.ECR_IMAGE, List.of())), List.of()));

        Task task = world.ecs.runTask(new RunTaskRequest("ec2", "worker:1", 1, "EC2", List.of(), null, null, null,
                null, List.of())).tasks().get(0);
        world.advance(Duration.ofMinutes(1));

        Task stopped = world.ecs.describeTasks("ec2", List.of(task.taskArn())).items().get(0);
        String instance = world.ecs.describeContainerInstances("ec2", List.of(task.containerInstanceArn())).items()
                .get(0).ec2InstanceId();
        assertThat(stopped.stoppedReason()).matches("CannotPullECRContainerError: AccessDeniedException: User: "
                + "arn:aws:sts::" + ACCOUNT + ":assumed-role/ecsInstanceRole/" + instance + " is not authorized to "
                + "perform: ecr:GetAuthorizationToken on resource: \\* because no identity-based policy allows the "
                + "ecr:GetAuthorizationToken action\n\tstatus code: 400, request id: [0-9a-f-]{36}");
    }

    @Test
    void anInstanceWhoseProfileRoleLacksTheEcsPolicyNeverRegistersItsAgent() {
        iam.detachRolePolicy(Identities.INSTANCE_ROLE, INSTANCE_POLICY);
        world.ecs.createCluster(new CreateClusterRequest("ec2", List.of(), List.of(),
                new Ec2Capacity("t3.medium", 2, 2, 2), List.of()));
        world.advance(Duration.ofMinutes(5));
        assertThat(world.ecs.listContainerInstances("ec2", null, null, null).items()).isEmpty();

        iam.attachRolePolicy(Identities.INSTANCE_ROLE, INSTANCE_POLICY);
        world.ecs.createCluster(new CreateClusterRequest("ec2-fixed", List.of(), List.of(),
                new Ec2Capacity("t3.medium", 2, 2, 2), List.of()));
        world.advance(Duration.ofMinutes(5));
        assertThat(world.ecs.listContainerInstances("ec2-fixed", null, null, null).items()).hasSize(2);
    }

    @Test
    void aTaskRoleWithoutDynamoDbAccessShowsTheSdksAccessDeniedInTheServiceEvents() {
        iam.createRole(CreateRoleRequest.forService("ordersApiTaskRole", Identities.ECS_TASKS, null));
        registerFargate("orders", null, role("ordersApiTaskRole"),
                List.of(new KeyValuePair(TaskAccess.DYNAMODB_TABLE, "orders")), "nginx");
        registerFargate("orders", null, null, List.of(new KeyValuePair(TaskAccess.DYNAMODB_TABLE, "orders")),
                "nginx");

        world.fargateService("orders", "orders:1", 1, DeploymentConfiguration.defaults());
        world.advanceUntil(w -> !w.tasks("orders", "RUNNING").isEmpty()
                && "RUNNING".equals(w.tasks("orders", "RUNNING").get(0).lastStatus()), STEP, Duration.ofMinutes(3));

        String taskId = world.tasks("orders", "RUNNING").get(0).taskId();
        assertThat(world.service("orders").events()).extracting(ServiceEvent::message).contains("(service orders) "
                + "(task " + taskId + ") application log: An error occurred (AccessDeniedException) when calling the "
                + "PutItem operation: User: arn:aws:sts::" + ACCOUNT + ":assumed-role/ordersApiTaskRole/" + taskId
                + " is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:us-east-1:"
                + ACCOUNT + ":table/orders because no identity-based policy allows the dynamodb:PutItem action");

        iam.attachRolePolicy("ordersApiTaskRole", "arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess");
        world.ecs.createService(new CreateServiceRequest(EcsFixture.CLUSTER, "granted", "orders:1", 1, "FARGATE",
                List.of(), null, EcsFixture.NETWORK, DeploymentConfiguration.defaults(), null, List.of()));
        world.fargateService("no-role", "orders:2", 1, DeploymentConfiguration.defaults());
        world.advanceUntil(w -> w.steady("granted") && w.steady("no-role"), STEP, Duration.ofMinutes(3));
        assertThat(world.service("granted").events()).extracting(ServiceEvent::message)
                .noneMatch(m -> m.contains("application log"));
        assertThat(world.service("no-role").events()).extracting(ServiceEvent::message)
                .anyMatch(m -> m.endsWith("application log: botocore.exceptions.NoCredentialsError: Unable to "
                        + "locate credentials"));
    }

    private void registerFargate(String family, String executionRole, String taskRole, List<KeyValuePair> env) {
        registerFargate(family, executionRole, taskRole, env, EcsFixture.ECR_IMAGE);
    }

    private void registerFargate(String family, String executionRole, String taskRole, List<KeyValuePair> env,
                                 String image) {
        world.ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest(family, "awsvpc", List.of("FARGATE"),
                "256", "512", executionRole, taskRole, List.of(container(image, env)), List.of()));
    }

    private static ContainerDefinition container(String image, List<KeyValuePair> env) {
        return new ContainerDefinition("app", image, null, null, 128, true, List.of(new PortMapping(80, null, "tcp")),
                env, List.of(), null);
    }

    private static String role(String name) {
        return "arn:aws:iam::" + ACCOUNT + ":role/" + name;
    }
}
