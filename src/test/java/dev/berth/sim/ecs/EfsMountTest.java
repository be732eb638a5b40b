package dev.berth.sim.ecs;

import dev.berth.core.model.AwsVpcConfiguration;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateFileSystemRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.Ec2Capacity;
import dev.berth.core.model.EfsVolumeConfiguration;
import dev.berth.core.model.ListTasksRequest;
import dev.berth.core.model.MountPoint;
import dev.berth.core.model.NetworkConfiguration;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.RunTaskRequest;
import dev.berth.core.model.Task;
import dev.berth.core.model.Volume;
import dev.berth.sim.AvailabilityZones;
import dev.berth.sim.EcsFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Tasks mount EFS through the mount target in their own Availability Zone, on Fargate and on EC2. */
class EfsMountTest {
    private static final Duration STEP = Duration.ofSeconds(5);
    private final EcsFixture world = new EcsFixture(11).withCluster();

    @Test
    void fargateTasksInEveryZoneShareOneFileSystem() {
        String fileSystem = fileSystemWithMountTargets(EcsFixture.NETWORK.awsvpcConfiguration().subnets());
        register("web", "awsvpc", List.of("FARGATE"), fileSystem);

        world.fargateService("web", "web:1", 3, DeploymentConfiguration.defaults());
        world.advanceUntil(w -> w.steady("web"), STEP, Duration.ofMinutes(5));

        List<Task> running = world.tasks("web", "RUNNING");
        assertThat(running).hasSize(3).allMatch(t -> "RUNNING".equals(t.lastStatus()));
        assertThat(running.stream().map(Task::availabilityZone).distinct().count()).isGreaterThanOrEqualTo(2);
        assertThat(world.simulator.efs().describeFileSystems(fileSystem, null, null).items().get(0)
                .numberOfMountTargets()).isEqualTo(zonesOf(EcsFixture.NETWORK.awsvpcConfiguration().subnets()));
    }

    @Test
    void aFargateTaskInAZoneWithoutAMountTargetFailsToStartWithAwsText() {
        String covered = subnetIn("us-east-1a");
        String uncovered = subnetIn("us-east-1b");
        String fileSystem = fileSystemWithMountTargets(List.of(covered));
        register("web", "awsvpc", List.of("FARGATE"), fileSystem);

        Task task = world.run("web:1", 1, "FARGATE", List.of(), network(uncovered)).tasks().get(0);
        Task stopped = untilStopped(task.taskArn());

        assertThat(stopped.stopCode()).isEqualTo("TaskFailedToStart");
        assertThat(stopped.stoppedReason()).isEqualTo("ResourceInitializationError: failed to invoke EFS utils "
                + "commands to set up EFS volumes: stderr: Failed to resolve \"" + fileSystem
                + ".efs.us-east-1.amazonaws.com\" - check that your file system ID is correct, and ensure that the "
                + "VPC has an EFS mount target for this file system ID. See https://docs.aws.amazon.com/console/efs/"
                + "mount-dns-name for more detail. Attempting to lookup mount target ip address using botocore. "
                + "Failed to import necessary dependency botocore, please install botocore first. : unsuccessful "
                + "EFS utils command execution; code: 1");

        Task inCoveredZone = world.run("web:1", 1, "FARGATE", List.of(), network(covered)).tasks().get(0);
        world.advance(Duration.ofMinutes(2));
        assertThat(describe(inCoveredZone.taskArn()).lastStatus()).isEqualTo("RUNNING");
    }

    @Test
    void aFileSystemThatDoesNotExistFailsTheTaskToo() {
        register("web", "awsvpc", List.of("FARGATE"), "fs-0aaaaaaaaaaaaaaaa");

        Task task = world.run("web:1", 1, "FARGATE", List.of(), EcsFixture.NETWORK).tasks().get(0);

        assertThat(untilStopped(task.taskArn()).stoppedReason()).startsWith("ResourceInitializationError: failed to "
                + "invoke EFS utils commands to set up EFS volumes: stderr: Failed to resolve "
                + "\"fs-0aaaaaaaaaaaaaaaa.efs.us-east-1.amazonaws.com\"");
    }

    @Test
    void ec2TasksOnInstancesInTwoZonesShareOneFileSystemAndAZoneWithoutAMountTargetFails() {
        world.ecs.createCluster(new CreateClusterRequest("ec2", List.of(), List.of(),
                new Ec2Capacity("t3.medium", 2, 2, 2), List.of()));
        world.advance(Duration.ofMinutes(4));
        String fileSystem = fileSystemWithMountTargets(List.of(subnetIn("us-east-1a"), subnetIn("us-east-1b")));
        register("worker", "bridge", List.of("EC2"), fileSystem);

        world.ecs.createService(new CreateServiceRequest("ec2", "worker", "worker:1", 2, "EC2", List.of(), null,
                null, DeploymentConfiguration.defaults(), null, List.of()));
        world.advance(Duration.ofMinutes(2));

        List<Task> tasks = world.ecs.describeTasks("ec2", world.ecs.listTasks(new ListTasksRequest("ec2", "worker", null, null, null, null, null, null)).items()).items();
        assertThat(tasks).hasSize(2).allMatch(t -> "RUNNING".equals(t.lastStatus()));
        assertThat(tasks).extracting(Task::availabilityZone).containsExactlyInAnyOrder("us-east-1a", "us-east-1b");

        String onlyInC = fileSystemWithMountTargets(List.of(subnetIn("us-east-1c")));
        register("lonely", "bridge", List.of("EC2"), onlyInC);
        Task task = world.ecs.runTask(new RunTaskRequest("ec2", "lonely:1", 1, "EC2", List.of(),
                null, null, null, null, List.of())).tasks().get(0);
        world.advance(Duration.ofMinutes(1));
        Task stopped = world.ecs.describeTasks("ec2", List.of(task.taskArn())).items().get(0);
        assertThat(stopped.lastStatus()).isEqualTo("STOPPED");
        assertThat(stopped.stoppedReason()).matches("CannotCreateContainerError: Error response from daemon: create "
                + "ecs-lonely-1-data-[0-9a-f]{20}: VolumeDriver.Create: mounting volume failed: Failed to resolve \""
                + onlyInC + ".efs.us-east-1.amazonaws.com\" - check that your file system ID is correct.*");
    }

    private String fileSystemWithMountTargets(List<String> subnets) {
        String id = world.simulator.efs().createFileSystem(CreateFileSystemRequest.named("token-" + subnets.get(0),
                "shared")).fileSystemId();
        world.advance(Duration.ofSeconds(10));
        List<String> zones = new ArrayList<>();
        for (String subnet : subnets) {
            String zone = AvailabilityZones.ofSubnet("us-east-1", subnet);
            if (!zones.contains(zone)) {
                zones.add(zone);
                world.simulator.efs().createMountTarget(id, subnet);
            }
        }
        world.advance(Duration.ofMinutes(2));
        return id;
    }

    private void register(String family, String networkMode, List<String> compatibilities, String fileSystem) {
        ContainerDefinition container = new ContainerDefinition("app", "nginx", null, 128, null, true,
                List.of(new PortMapping(80, "awsvpc".equals(networkMode) ? null : 0, "tcp")), List.of(), List.of(),
                null).withMountPoints(List.of(new MountPoint("data", "/usr/share/nginx/html", null)));
        boolean fargate = compatibilities.contains("FARGATE");
        world.ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest(family, networkMode, compatibilities,
                fargate ? "256" : null, fargate ? "512" : null, null, null, List.of(container), List.of(),
                List.of(Volume.efs("data", EfsVolumeConfiguration.of(fileSystem)))));
    }

    private Task untilStopped(String taskArn) {
        world.advanceUntil(w -> "STOPPED".equals(describe(taskArn).lastStatus()), STEP, Duration.ofMinutes(3));
        return describe(taskArn);
    }

    private Task describe(String taskArn) {
        return world.ecs.describeTasks(EcsFixture.CLUSTER, List.of(taskArn)).items().get(0);
    }

    private static long zonesOf(List<String> subnets) {
        return subnets.stream().map(s -> AvailabilityZones.ofSubnet("us-east-1", s)).distinct().count();
    }

    /** A subnet id the simulator places in {@code zone}. */
    static String subnetIn(String zone) {
        return IntStream.range(0, 1000).mapToObj(i -> String.format("subnet-0%016x", i))
                .filter(s -> AvailabilityZones.ofSubnet("us-east-1", s).equals(zone)).findFirst().orElseThrow();
    }

    private static NetworkConfiguration network(String subnet) {
        return new NetworkConfiguration(new AwsVpcConfiguration(List.of(subnet), List.of("sg-0c1d2e3f4a5b69788"),
                "DISABLED"));
    }
}
