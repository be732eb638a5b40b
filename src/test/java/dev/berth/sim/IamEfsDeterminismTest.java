package dev.berth.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CreateFileSystemRequest;
import dev.berth.core.model.CreateRoleRequest;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.CreateAccessPointRequest;
import dev.berth.core.model.CreationInfo;
import dev.berth.core.model.EfsVolumeConfiguration;
import dev.berth.core.model.PosixUser;
import dev.berth.core.model.RootDirectory;
import dev.berth.core.model.ListTasksRequest;
import dev.berth.core.model.MountPoint;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.Task;
import dev.berth.core.model.Volume;
import dev.berth.sim.efs.EfsCommands;
import dev.berth.sim.iam.IamCommands;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** IAM and EFS are deterministic engines of their own: same seed and commands, same roles, file systems and tasks. */
class IamEfsDeterminismTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theSameSeedAndCommandsGiveTheSameRolesFileSystemsAndTasks() {
        EcsFixture first = new EcsFixture(77);
        EcsFixture second = new EcsFixture(77);
        play(first);
        play(second);

        assertThat(state(first)).isEqualTo(state(second));
        assertThat(first.tasks("web", "RUNNING")).isNotEmpty();
        assertThat(first.tasks("web", "STOPPED")).as("tasks in us-east-1a, which has no mount target, fail")
                .isNotEmpty().allMatch(t -> t.stoppedReason().startsWith("ResourceInitializationError: failed to "
                        + "invoke EFS utils commands"));
    }

    @Test
    void theirCommandsSurviveTheJournalAndReplayIntoTheSameWorld() throws Exception {
        JsonRecordingJournal journal = new JsonRecordingJournal();
        EcsFixture original = new EcsFixture(78, journal);
        play(original);

        EcsFixture rebuilt = new EcsFixture(78);
        List<Object> commands = new ArrayList<>();
        for (String entry : journal.entries()) {
            JournalEntry read = json.readValue(entry, JournalEntry.class);
            assertThat(json.writeValueAsString(read)).isEqualTo(entry);
            commands.add(read.command());
            rebuilt.simulator.replay(read);
        }
        rebuilt.simulator.advanceTo(Instant.ofEpochMilli(journal.clock()));

        assertThat(commands).extracting(c -> (Object) c.getClass()).contains(IamCommands.CreateRole.class,
                IamCommands.AttachRolePolicy.class, EfsCommands.CreateFileSystem.class,
                EfsCommands.CreateMountTarget.class, EfsCommands.CreateAccessPoint.class,
                EfsCommands.DeleteAccessPoint.class);
        assertThat(state(rebuilt)).isEqualTo(state(original));
    }

    private static void play(EcsFixture world) {
        world.withCluster();
        world.simulator.iam().createRole(CreateRoleRequest.forService("webTaskRole", "ecs-tasks.amazonaws.com",
                "web"));
        world.simulator.iam().attachRolePolicy("webTaskRole", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess");
        String fileSystem = world.simulator.efs().createFileSystem(CreateFileSystemRequest.named("web", "web"))
                .fileSystemId();
        world.advance(Duration.ofSeconds(10));
        EcsFixture.NETWORK.awsvpcConfiguration().subnets().stream()
                .filter(s -> !"us-east-1a".equals(AvailabilityZones.ofSubnet("us-east-1", s)))
                .forEach(s -> world.simulator.efs().createMountTarget(fileSystem, s));
        world.simulator.efs().createAccessPoint(new CreateAccessPointRequest("data", null, fileSystem,
                new PosixUser(1000L, 1000L, null), new RootDirectory("/data", new CreationInfo(1000L, 1000L, "750"))));
        world.simulator.efs().deleteAccessPoint(world.simulator.efs().createAccessPoint(new CreateAccessPointRequest(
                "gone", null, fileSystem, null, null)).accessPointId());
        world.advance(Duration.ofMinutes(2));
        ContainerDefinition app = new ContainerDefinition("app", "nginx", null, null, null, true,
                List.of(new PortMapping(80, null, "tcp")), List.of(), List.of(), null)
                .withMountPoints(List.of(new MountPoint("data", "/data", null)));
        world.ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest("web", "awsvpc", List.of("FARGATE"),
                "256", "512", null, "webTaskRole", List.of(app), List.of(),
                List.of(Volume.efs("data", EfsVolumeConfiguration.of(fileSystem)))));
        world.fargateService("web", "web:1", 2, DeploymentConfiguration.defaults());
        world.advance(Duration.ofMinutes(10));
    }

    private static List<Object> state(EcsFixture world) {
        List<Task> tasks = world.ecs.describeTasks(EcsFixture.CLUSTER, world.ecs.listTasks(
                new ListTasksRequest(EcsFixture.CLUSTER, null, null, null, null, "STOPPED",
                        null, null)).items()).items();
        return List.of(world.simulator.iam().listRoles(null, null, null),
                world.simulator.efs().describeFileSystems(null, null, null),
                world.simulator.efs().describeAccessPoints(null, null, null, null),
                world.simulator.efs().describeMountTargets(
                        world.simulator.efs().describeFileSystems(null, null, null).items().get(0).fileSystemId(),
                        null, null, null),
                world.service("web"), world.tasks("web", "RUNNING"), tasks);
    }
}
