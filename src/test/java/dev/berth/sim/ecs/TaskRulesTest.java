package dev.berth.sim.ecs;

import dev.berth.core.gateway.EcsInventory;
import dev.berth.core.model.CapacityProviderStrategyItem;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.Ec2Capacity;
import dev.berth.core.model.Failure;
import dev.berth.core.model.ListTasksRequest;
import dev.berth.core.model.NetworkConfiguration;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.RunTaskRequest;
import dev.berth.core.model.RunTaskResult;
import dev.berth.core.model.Task;
import dev.berth.sim.EcsFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class TaskRulesTest {
    private final EcsFixture world = new EcsFixture(3).withCluster();

    @Test
    void runTaskChecksItsRequest() {
        world.fargateDefinition("web", "nginxdemos/hello");

        assertRefused(() -> run("web", 11, "FARGATE", List.of(), EcsFixture.NETWORK), "InvalidParameterException",
                "count must be between 1 and 10.");
        assertRefused(() -> run("web", 1, "FARGATE", List.of(new CapacityProviderStrategyItem("FARGATE", 1, 0)),
                        EcsFixture.NETWORK), "InvalidParameterException",
                "Specifying both a launch type and capacity provider strategy is not supported. Remove one and try "
                        + "again.");
        assertRefused(() -> run("web", 1, "FARGATE", List.of(), null), "InvalidParameterException",
                "Network Configuration must be provided when networkMode 'awsvpc' is specified.");
        assertRefused(() -> run("web", 1, "EC2", List.of(), EcsFixture.NETWORK), "InvalidParameterException",
                "No Container Instances were found in your cluster.");
        assertRefused(() -> run("nope", 1, "FARGATE", List.of(), EcsFixture.NETWORK), "ClientException",
                "TaskDefinition not found.");
        assertThat(world.ecs.listTasks(ListTasksRequest.of(EcsFixture.CLUSTER, null)).items())
                .as("refused requests start nothing").isEmpty();
    }

    @Test
    void aBridgeDefinitionCannotRunOnFargate() {
        world.ecs.registerTaskDefinition(bridge("web", 128, 0));

        assertRefused(() -> run("web", 1, "FARGATE", List.of(), null), "InvalidParameterException",
                "Task definition does not support launch_type FARGATE.");
    }

    @Test
    void fargateSpotTasksComeFromTheCapacityProvider() {
        world.fargateDefinition("web", "nginxdemos/hello");

        RunTaskResult result = run("web", 4, null, List.of(new CapacityProviderStrategyItem("FARGATE", 1, 1),
                new CapacityProviderStrategyItem("FARGATE_SPOT", 1, 0)), EcsFixture.NETWORK);

        assertThat(result.tasks()).extracting(Task::capacityProviderName)
                .containsExactly("FARGATE", "FARGATE_SPOT", "FARGATE", "FARGATE_SPOT");
        assertThat(result.tasks()).extracting(Task::launchType).containsOnly("FARGATE");
        assertThat(result.tasks()).extracting(Task::privateIpv4Address).doesNotHaveDuplicates();
    }

    @Test
    void ec2TasksThatDoNotFitAreFailuresNamingTheResource() {
        String instance = ec2ClusterWithOneMicroInstance();
        world.ecs.registerTaskDefinition(bridge("big", 1024, 0));
        world.ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest("hungry", null, null, "2048", "128", null,
                null, List.of(new ContainerDefinition("app", "nginx", null, null, null, null, null, null, null, null)),
                null));
        world.ecs.registerTaskDefinition(bridge("fixed", 128, 80));

        assertThat(runEc2("big", 1).failures()).containsExactly(new Failure(instance, "RESOURCE:MEMORY", null));
        assertThat(runEc2("hungry", 1).failures()).containsExactly(new Failure(instance, "RESOURCE:CPU", null));
        RunTaskResult fixed = runEc2("fixed", 2);
        assertThat(fixed.tasks()).hasSize(1);
        assertThat(fixed.failures()).containsExactly(new Failure(instance, "RESOURCE:PORTS_TCP", null));

        ContainerInstance host = world.ecs.describeContainerInstances("ec2", List.of(instance)).items().get(0);
        assertThat(host.remaining("MEMORY")).isEqualTo(982 - 128);
        assertThat(host.remainingResources().get(2).stringSetValue()).contains("80", "22");
        assertThat(host.pendingTasksCount()).isEqualTo(1);
        Task task = fixed.tasks().get(0);
        assertThat(task.lastStatus()).as("EC2 bridge tasks skip PROVISIONING").isEqualTo("PENDING");
        assertThat(task.containerInstanceArn()).isEqualTo(instance);

        world.ecs.stopTask("ec2", task.taskArn(), null);
        world.advance(Duration.ofMinutes(1));
        assertThat(world.ecs.describeContainerInstances("ec2", List.of(instance)).items().get(0).remaining("MEMORY"))
                .as("a stopped task gives its reservation back").isEqualTo(982);
    }

    @Test
    void bridgeTasksGetDynamicHostPorts() {
        ec2ClusterWithOneMicroInstance();
        world.ecs.registerTaskDefinition(bridge("dynamic", 128, 0));

        List<Task> tasks = runEc2("dynamic", 3).tasks();
        world.advance(Duration.ofMinutes(1));

        List<Integer> hostPorts = world.ecs.describeTasks("ec2", tasks.stream().map(Task::taskArn).toList()).items()
                .stream().map(t -> t.containers().get(0).networkBindings().get(0).hostPort()).toList();
        assertThat(hostPorts).doesNotHaveDuplicates().allSatisfy(p -> assertThat(p).isBetween(49153, 65535));
    }

    @Test
    void stopTaskNeedsAKnownTask() {
        assertRefused(() -> world.ecs.stopTask(EcsFixture.CLUSTER, "0123456789abcdef0123456789abcdef", null),
                "InvalidParameterException", "The referenced task was not found.");
        assertRefused(() -> world.ecs.stopTask("nope", "0123456789abcdef0123456789abcdef", null),
                "ClusterNotFoundException", "Cluster not found.");
    }

    @Test
    void listTasksDefaultsToRunningAndPendingMatchesNothing() {
        world.fargateDefinition("web", "nginxdemos/hello");
        List<Task> tasks = run("web", 3, "FARGATE", List.of(), EcsFixture.NETWORK).tasks();
        world.ecs.stopTask(EcsFixture.CLUSTER, tasks.get(0).taskArn(), null);

        assertThat(world.ecs.listTasks(ListTasksRequest.of(EcsFixture.CLUSTER, null)).items())
                .containsExactly(tasks.get(1).taskArn(), tasks.get(2).taskArn());
        assertThat(world.ecs.listTasks(ListTasksRequest.of(EcsFixture.CLUSTER, "STOPPED")).items())
                .containsExactly(tasks.get(0).taskArn());
        assertThat(world.ecs.listTasks(ListTasksRequest.of(EcsFixture.CLUSTER, "PENDING")).items()).isEmpty();
        assertRefused(() -> world.ecs.listTasks(new ListTasksRequest(EcsFixture.CLUSTER, null, null, null, null, null,
                null, 101)), "InvalidParameterException", "maxResults must be between 1 and 100.");
        assertRefused(() -> world.ecs.listTasks(new ListTasksRequest(EcsFixture.CLUSTER, "nope", null, null, null,
                null, null, null)), "ServiceNotFoundException", "Service not found.");
    }

    @Test
    void describeTasksReportsUnknownTasksMissing() {
        assertThat(world.ecs.describeTasks(EcsFixture.CLUSTER, List.of("0123456789abcdef0123456789abcdef"))
                .failures()).containsExactly(new Failure("arn:aws:ecs:us-east-1:123456789012:task/test-cluster/"
                + "0123456789abcdef0123456789abcdef", "MISSING", null));
        assertRefused(() -> world.ecs.describeTasks(EcsFixture.CLUSTER, Collections.nCopies(101, "x")),
                "InvalidParameterException", "tasks can have at most 100 items.");
    }

    @Test
    void theNewestThousandStoppedTasksOfAClusterStayVisible() {
        world.fargateDefinition("web", "nginxdemos/hello");
        List<String> oldest = runAndStop(10);
        world.advance(Duration.ofMinutes(2));
        for (int batch = 0; batch < 100; batch++) {
            runAndStop(10);
        }
        world.advance(Duration.ofMinutes(2));

        List<String> stopped = new EcsInventory(world.ecs).tasks(EcsFixture.CLUSTER, "STOPPED").stream()
                .map(Task::taskArn).toList();
        assertThat(stopped).hasSize(1000).doesNotContainAnyElementsOf(oldest);
        assertThat(world.ecs.describeTasks(EcsFixture.CLUSTER, oldest).failures()).hasSize(10);
    }

    private List<String> runAndStop(int count) {
        List<String> arns = run("web", count, "FARGATE", List.of(), EcsFixture.NETWORK).tasks().stream()
                .map(Task::taskArn).toList();
        arns.forEach(arn -> world.ecs.stopTask(EcsFixture.CLUSTER, arn, null));
        return arns;
    }

    private String ec2ClusterWithOneMicroInstance() {
        world.ecs.createCluster(new CreateClusterRequest("ec2", List.of(), List.of(),
                new Ec2Capacity("t2.micro", 1, 1, 1), List.of()));
        world.advance(Duration.ofMinutes(3));
        return world.ecs.listContainerInstances("ec2", null, null, null).items().get(0);
    }

    private RunTaskResult run(String definition, int count, String launchType,
                              List<CapacityProviderStrategyItem> strategy,
                              NetworkConfiguration network) {
        return world.ecs.runTask(new RunTaskRequest(EcsFixture.CLUSTER, definition, count, launchType, strategy, null,
                network, null, null, List.of()));
    }

    private RunTaskResult runEc2(String definition, int count) {
        return world.ecs.runTask(new RunTaskRequest("ec2", definition, count, "EC2", List.of(), null, null, null,
                null, List.of()));
    }

    private static RegisterTaskDefinitionRequest bridge(String family, int memory, int hostPort) {
        return new RegisterTaskDefinitionRequest(family, "bridge", List.of(), null, null, null, null,
                List.of(new ContainerDefinition("app", "nginx", 128, memory, null, true,
                        List.of(new PortMapping(80, hostPort, "tcp")), List.of(), List.of(), null)), List.of());
    }
}
