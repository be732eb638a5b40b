package dev.berth.sim.ecs;

import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.EfsAuthorizationConfig;
import dev.berth.core.model.EfsVolumeConfiguration;
import dev.berth.core.model.HostVolumeProperties;
import dev.berth.core.model.LogConfiguration;
import dev.berth.core.model.MountPoint;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.Secret;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.Volume;
import dev.berth.sim.EcsFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** RegisterTaskDefinition's rules for volumes, mount points, roles, secrets and log drivers. */
class VolumeRulesTest {
    private static final String EXECUTION_ROLE = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole";
    private final EcsFixture world = new EcsFixture(5);

    @Test
    void anEfsVolumeIsKeptWithItsMountPointsOnBothLaunchTypes() {
        Volume data = new Volume("data", null, new EfsVolumeConfiguration("fs-0123456789abcdef0", "/", "ENABLED",
                2999, new EfsAuthorizationConfig("fsap-0123456789abcdef0", "ENABLED")));
        TaskDefinition fargate = world.ecs.registerTaskDefinition(fargate(List.of(data),
                new MountPoint("data", "/usr/share/nginx/html", null)));
        TaskDefinition ec2 = world.ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest("ec2", "bridge",
                List.of("EC2"), null, "512", null, null, List.of(container(new MountPoint("data", "/data", true))),
                List.of(), List.of(data)));

        assertThat(fargate.volumes()).containsExactly(data);
        assertThat(fargate.containerDefinitions().get(0).mountPoints())
                .as("readOnly is filled in as AWS does").containsExactly(new MountPoint("data",
                        "/usr/share/nginx/html", false));
        assertThat(ec2.volumes()).containsExactly(data);
        assertThat(world.ecs.describeTaskDefinition("ec2:1").containerDefinitions().get(0).mountPoints())
                .containsExactly(new MountPoint("data", "/data", true));
    }

    static Stream<Arguments> refusedVolumes() {
        EfsVolumeConfiguration plain = EfsVolumeConfiguration.of("fs-0123456789abcdef0");
        return Stream.of(
                Arguments.of(List.of(Volume.efs("data", plain)), new MountPoint("other", "/data", null),
                        "Unknown volume 'other'."),
                Arguments.of(List.of(), new MountPoint("data", "/data", null), "Unknown volume 'data'."),
                Arguments.of(List.of(Volume.efs("data", new EfsVolumeConfiguration("fs-0123456789abcdef0", null,
                        "DISABLED", null, new EfsAuthorizationConfig("fsap-0123456789abcdef0", null)))), null,
                        "Transit encryption must be enabled when using an EFS access point."),
                Arguments.of(List.of(Volume.efs("data", new EfsVolumeConfiguration("fs-0123456789abcdef0", null,
                        null, null, new EfsAuthorizationConfig(null, "ENABLED")))), null,
                        "Transit encryption must be enabled when using Amazon EFS IAM authorization."),
                Arguments.of(List.of(Volume.efs("data", new EfsVolumeConfiguration("fs-0123456789abcdef0", "/web",
                        "ENABLED", null, new EfsAuthorizationConfig("fsap-0123456789abcdef0", null)))), null,
                        "When using an EFS access point, the root directory must either be set to \"/\" or be "
                                + "omitted"),
                Arguments.of(List.of(Volume.efs("data", new EfsVolumeConfiguration(null, null, null, null, null))),
                        null, "EFSVolumeConfiguration.fileSystemId should not be null or empty."),
                Arguments.of(List.of(Volume.efs("data", new EfsVolumeConfiguration("fs-0123456789abcdef0", null,
                        "YES", null, null))), null,
                        "Invalid transitEncryption value: YES. Valid values are ENABLED and DISABLED."),
                Arguments.of(List.of(Volume.efs("data", plain), Volume.efs("data", plain)), null,
                        "Duplicate volume name 'data'."),
                Arguments.of(List.of(new Volume("logs", new HostVolumeProperties("/var/log"), null)), null,
                        "Fargate compatible task definitions do not support sourcePath"));
    }

    @ParameterizedTest
    @MethodSource("refusedVolumes")
    void refusesWhatAwsRefuses(List<Volume> volumes, MountPoint mount, String message) {
        assertRefused(() -> world.ecs.registerTaskDefinition(fargate(volumes, mount)), "ClientException", message);
    }

    @Test
    void rolesAreCheckedForFormOnlyAndSecretsAndAwslogsNeedAnExecutionRole() {
        TaskDefinition unknownRole = world.ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest("web",
                "awsvpc", List.of("FARGATE"), "256", "512", "arn:aws:iam::123456789012:role/notInIam", "appRole",
                List.of(container(null)), List.of()));
        assertThat(unknownRole.executionRoleArn()).isEqualTo("arn:aws:iam::123456789012:role/notInIam");

        assertRefused(() -> world.ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest("web", "awsvpc",
                List.of("FARGATE"), "256", "512", "ecsTaskExecutionRole", null, List.of(container(null)),
                List.of())), "ClientException", "Role is not valid");
        ContainerDefinition withSecret = new ContainerDefinition("app", "nginx", null, null, null, true, List.of(),
                List.of(), List.of(), null, List.of(), null, List.of(new Secret("DB_PASSWORD",
                "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf")));
        assertRefused(() -> world.ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest("web", "bridge",
                List.of(), null, "512", null, null, List.of(withSecret), List.of())), "ClientException",
                "When you are specifying container secrets, you must also specify a value for 'executionRoleArn'.");
        ContainerDefinition awslogs = new ContainerDefinition("app", "nginx", null, null, null, true, List.of(),
                List.of(), List.of(), null, List.of(), new LogConfiguration("awslogs",
                Map.of("awslogs-group", "/ecs/web", "awslogs-region", "us-east-1"), List.of()), List.of());
        assertRefused(() -> world.ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest("web", "awsvpc",
                List.of("FARGATE"), "256", "512", null, null, List.of(awslogs), List.of())), "ClientException",
                "Fargate requires task definition to have execution role ARN to support log driver awslogs.");
    }

    private static RegisterTaskDefinitionRequest fargate(List<Volume> volumes, MountPoint mount) {
        return new RegisterTaskDefinitionRequest("web", "awsvpc", List.of("FARGATE"), "256", "512", EXECUTION_ROLE,
                null, List.of(container(mount)), List.of(), volumes);
    }

    private static ContainerDefinition container(MountPoint mount) {
        return new ContainerDefinition("app", "nginx", null, null, null, true, List.of(new PortMapping(80, null,
                "tcp")), List.of(), List.of(), null).withMountPoints(mount == null ? List.of() : List.of(mount));
    }
}
