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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class TaskRulesTest {
    private final EcsFixture world = new EcsFixture(3).withCluster();

    @Test
    void aBridgeDefinitionCannotRunOnFargate() {
        world.ecs.registerTaskDefinition(bridge("web", 128, 0));

        assertRefused(() -> world.run("web", 1, "FARGATE", List.of(), null), "InvalidParameterException",
                "Task definition does not support launch_type FARGATE.");
    }

    @Test
    void fargateSpotTasksComeFromTheCapacityProvider() {
        world.fargateDefinition("web", "nginxdemos/hello");

        RunTaskResult result = world.run("web", 4, null, List.of(new CapacityProviderStrategyItem("FARGATE", 1, 1),
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

    @Test
    void aTaskAskedToStopLeavesTheRunningListAtOnceAndTheOthersKeepTheOrderTheyWereLaunchedIn() {
        world.fargateDefinition("web", "nginxdemos/hello");
        List<String> launched = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            launched.add(world.run("web", 1, "FARGATE", List.of(), EcsFixture.NETWORK).tasks().get(0).taskArn());
        }
        world.advance(Duration.ofMinutes(2));
        world.ecs.stopTask(EcsFixture.CLUSTER, launched.get(1), null);

        assertThat(world.ecs.listTasks(ListTasksRequest.of(EcsFixture.CLUSTER, null)).items())
                .containsExactly(launched.get(0), launched.get(2), launched.get(3));
        assertThat(world.ecs.listTasks(ListTasksRequest.of(EcsFixture.CLUSTER, "STOPPED")).items())
                .as("still stopping, but no longer meant to run").containsExactly(launched.get(1));
        world.advance(Duration.ofMinutes(2));
        assertThat(world.ecs.listTasks(ListTasksRequest.of(EcsFixture.CLUSTER, "RUNNING")).items())
                .containsExactly(launched.get(0), launched.get(2), launched.get(3));
    }

    @Test
    void theClusterCountsAStoppingTaskAsRunningUntilItHasStoppedAndAStoppedOneAsNeither() {
        world.fargateDefinition("web", "nginxdemos/hello");
        List<String> launched = world.run("web", 3, "FARGATE", List.of(), EcsFixture.NETWORK).tasks().stream()
                .map(Task::taskArn).toList();
        assertThat(cluster()).containsExactly(0, 3);
        world.advance(Duration.ofMinutes(2));
        assertThat(cluster()).containsExactly(3, 0);

        world.ecs.stopTask(EcsFixture.CLUSTER, launched.get(0), null);
        assertThat(cluster()).as("stopping, still RUNNING").containsExactly(3, 0);
        world.advance(Duration.ofMinutes(2));
        assertThat(cluster()).containsExactly(2, 0);
    }

    /** The cluster's running and pending task counts. */
    private List<Integer> cluster() {
        var cluster = world.ecs.describeClusters(List.of(EcsFixture.CLUSTER)).items().get(0);
        return List.of(cluster.runningTasksCount(), cluster.pendingTasksCount());
    }

    private List<String> runAndStop(int count) {
        List<String> arns = world.run("web", count, "FARGATE", List.of(), EcsFixture.NETWORK).tasks().stream()
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

