package dev.berth.sim.ecs;

import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.DeploymentCircuitBreaker;
import dev.berth.core.model.Ec2Capacity;
import dev.berth.core.model.Fault;
import dev.berth.core.model.FaultKind;
import dev.berth.core.model.FaultScope;
import dev.berth.core.model.InjectFaultRequest;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.RunTaskRequest;
import dev.berth.core.model.RunTaskResult;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceEvent;
import dev.berth.core.model.Task;
import dev.berth.core.gateway.EcsInventory;
import dev.berth.sim.EcsFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.berth.sim.ecs.ImagePullFaultTest.deployWithFault;
import static org.assertj.core.api.Assertions.assertThat;

class InstanceAndPlacementFaultTest {
    private static final Duration STEP = Duration.ofSeconds(5);
    private static final String EC2 = "ec2";
    private static final String CAPACITY_UNAVAILABLE = "(service web) was unable to place a task. Reason: Capacity "
            + "is unavailable at this time. Please try again later or in a different availability zone. For more "
            + "information, see the Troubleshooting section of the Amazon ECS Developer Guide.";

    @Test
    void aTerminatedInstanceTakesItsTasksDownAndItsGroupReplacesIt() {
        EcsFixture world = ec2World(51);
        ec2Service(world, 4);
        world.advanceUntil(w -> steady(w), STEP, Duration.ofMinutes(5));

        Fault fault = world.faults.injectFault(new InjectFaultRequest(FaultKind.INSTANCE_TERMINATED,
                FaultScope.service(EC2, "web"), 1));

        assertThat(fault.active()).as("spent at once").isFalse();
        assertThat(fault.occurred()).isEqualTo(1);
        String lost = fault.affectedContainerInstances().get(0);
        ContainerInstance instance = world.ecs.describeContainerInstances(EC2, List.of(lost)).items().get(0);
        assertThat(instance.status()).isEqualTo("INACTIVE");
        assertThat(instance.agentConnected()).isFalse();
        assertThat(new EcsInventory(world.ecs).containerInstances(EC2)).extracting(ContainerInstance::status)
                .containsExactly("ACTIVE");
        world.advance(Duration.ofSeconds(3));
        List<Task> stopped = stoppedTasks(world);
        assertThat(stopped).hasSize(2).allSatisfy(t -> {
            assertThat(t.containerInstanceArn()).endsWith(lost);
            assertThat(t.lastStatus()).isEqualTo("STOPPED");
            assertThat(t.stopCode()).isEqualTo("TerminationNotice");
            assertThat(t.stoppedReason()).isEqualTo("Host EC2 (instance " + instance.ec2InstanceId()
                    + ") terminated.");
        });
        assertThat(world.faults.listFaults()).isEmpty();

        world.advanceUntil(w -> new EcsInventory(w.ecs).containerInstances(EC2).size() == 2 && steady(w), STEP,
                Duration.ofMinutes(5));
        assertThat(ec2Service(world).runningCount()).isEqualTo(4);
    }

    @Test
    void aDisconnectedAgentTakesNoNewTasksUntilItsFaultIsCleared() {
        EcsFixture world = ec2World(52);
        List<ContainerInstance> instances = new EcsInventory(world.ecs).containerInstances(EC2);
        String cut = instances.get(0).containerInstanceArn();

        Fault fault = world.faults.injectFault(InjectFaultRequest.untilCleared(FaultKind.INSTANCE_AGENT_DISCONNECTED,
                FaultScope.cluster(EC2).withContainerInstance(cut)));
        RunTaskResult run = world.ecs.runTask(new RunTaskRequest(EC2, "bridge-web", 3, "EC2", List.of(), null, null,
                null, null, List.of()));

        assertThat(run.tasks()).hasSize(3)
                .allSatisfy(t -> assertThat(t.containerInstanceArn()).isEqualTo(instances.get(1)
                        .containerInstanceArn()));
        assertThat(world.ecs.describeContainerInstances(EC2, List.of(cut)).items().get(0).agentConnected()).isFalse();
        assertThat(world.faults.listFaults()).containsExactly(fault);

        world.faults.clearFault(fault.id());
        assertThat(world.ecs.describeContainerInstances(EC2, List.of(cut)).items().get(0).agentConnected()).isTrue();
        assertThat(world.faults.listFaults()).isEmpty();
    }

    @Test
    void anInstanceWithoutMemoryLeftRefusesPlacementWithAwsEvent() {
        EcsFixture world = ec2World(53);
        world.faults.injectFault(new InjectFaultRequest(FaultKind.INSUFFICIENT_MEMORY, FaultScope.cluster(EC2), 2));

        ec2Service(world, 2);
        ServiceEvent refused = ec2Service(world).events().get(0);
        world.advanceUntil(InstanceAndPlacementFaultTest::steady, STEP, Duration.ofMinutes(5));

        assertThat(refused.message()).matches("\\(service web\\) was unable to place a task because no container "
                + "instance met all of its requirements\\. The closest matching \\(container-instance [0-9a-f]{32}\\) "
                + "has insufficient memory available\\. For more information, see the Troubleshooting section of the "
                + "Amazon ECS Developer Guide\\.");
        assertThat(ec2Service(world).runningCount()).isEqualTo(2);
    }

    @Test
    void runTaskReportsAnInjectedShortageAsAwsFailureReasons() {
        EcsFixture world = ec2World(54);
        world.faults.injectFault(new InjectFaultRequest(FaultKind.INSUFFICIENT_CPU, FaultScope.cluster(EC2), 1));
        world.faults.injectFault(new InjectFaultRequest(FaultKind.INSUFFICIENT_CPU,
                FaultScope.cluster(EcsFixture.CLUSTER), 1));
        world.fargateDefinition("worker", "busybox");

        RunTaskResult ec2 = world.ecs.runTask(new RunTaskRequest(EC2, "bridge-web", 2, "EC2", List.of(), null, null,
                null, null, List.of()));
        RunTaskResult fargate = world.ecs.runTask(new RunTaskRequest(EcsFixture.CLUSTER, "worker", 2, "FARGATE",
                List.of(), null, EcsFixture.NETWORK, null, null, List.of()));

        assertThat(ec2.tasks()).hasSize(1);
        assertThat(ec2.failures()).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo("RESOURCE:CPU");
            assertThat(f.arn()).contains(":container-instance/" + EC2 + "/");
        });
        assertThat(fargate.tasks()).hasSize(1);
        assertThat(fargate.failures()).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo(
                "Capacity is unavailable at this time. Please try again later or in a different availability zone"));
    }

    @Test
    void fargateWithoutCapacityFailsTheDeploymentInStageOneAndRollsBack() {
        EcsFixture world = ImagePullFaultTest.steadyService(new DeploymentCircuitBreaker(true, true));
        String bad = deployWithFault(world, FaultKind.INSUFFICIENT_CPU);
        world.advanceUntil(w -> !w.service("web").primaryDeployment().id().equals(bad), STEP, Duration.ofMinutes(5));

        List<String> messages = world.service("web").events().stream().map(ServiceEvent::message).toList();
        assertThat(messages.subList(0, 3)).containsExactly(
                messages.get(0),
                "(service web) (deployment " + bad + ") deployment failed: tasks failed to start.",
                CAPACITY_UNAVAILABLE);
        assertThat(messages.get(0)).startsWith("(service web) rolling back to deployment ");
        assertThat(world.tasks("web", "STOPPED")).isEmpty();
        world.advanceUntil(w -> w.steady("web"), STEP, Duration.ofMinutes(10));
        assertThat(world.service("web").taskDefinition()).endsWith("web:1");
    }

    /** A cluster of two t3.medium instances, registered, and a bridge-mode task definition for them. */
    private static EcsFixture ec2World(long seed) {
        EcsFixture world = new EcsFixture(seed).withCluster();
        world.ecs.createCluster(new CreateClusterRequest(EC2, List.of(), List.of(), new Ec2Capacity("t3.medium", 0, 4,
                2), List.of()));
        ContainerDefinition web = new ContainerDefinition("web", "httpd:2.4", 256, 512, null, true,
                List.of(new PortMapping(80, 0, "tcp")), List.of(), List.of(), null);
        world.ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest("bridge-web", null, List.of(), null, null,
                null, null, List.of(web), List.of()));
        world.advance(Duration.ofMinutes(4));
        return world;
    }

    private static void ec2Service(EcsFixture world, int desiredCount) {
        world.ecs.createService(new CreateServiceRequest(EC2, "web", "bridge-web", desiredCount, "EC2", List.of(),
                null, null, null, null, List.of()));
    }

    private static Service ec2Service(EcsFixture world) {
        return world.ecs.describeServices(EC2, List.of("web")).items().get(0);
    }

    private static boolean steady(EcsFixture world) {
        return ec2Service(world).events().get(0).message().equals("(service web) has reached a steady state.");
    }

    private static List<Task> stoppedTasks(EcsFixture world) {
        return new EcsInventory(world.ecs).tasks(EC2, "STOPPED");
    }
}
