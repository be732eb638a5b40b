package dev.berth.sim.ecs;

import dev.berth.core.model.CapacityProviderStrategyItem;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.Ec2Capacity;
import dev.berth.core.model.HealthCheck;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.RunTaskRequest;
import dev.berth.core.model.Service;
import dev.berth.core.model.Task;
import dev.berth.sim.EcsFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CapacityAndHealthTest {
    private final EcsFixture world = new EcsFixture(8).withCluster();

    @Test
    void tasksOfAnAutoScalingGroupProviderWaitInProvisioningForAnInstance() {
        // The group's maximum size is its one instance, so managed scaling cannot add another.
        Cluster cluster = world.ecs.createCluster(new CreateClusterRequest("ec2", List.of(), List.of(),
                new Ec2Capacity("t3.medium", 1, 1, 1), List.of()));
        String provider = cluster.capacityProviders().get(0);
        world.ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest("worker", null, null, null, null, null,
                null, List.of(new ContainerDefinition("app", "busybox", 512, 1024, null, true, List.of(), List.of(),
                List.of(), null)), List.of()));

        List<Task> waiting = world.ecs.runTask(new RunTaskRequest("ec2", "worker", 5, null,
                List.of(new CapacityProviderStrategyItem(provider, 1, 0)), null, null, null, null, List.of())).tasks();
        assertThat(waiting).hasSize(5).allSatisfy(t -> {
            assertThat(t.lastStatus()).isEqualTo("PROVISIONING");
            assertThat(t.capacityProviderName()).isEqualTo(provider);
            assertThat(t.launchType()).isEqualTo("EC2");
            assertThat(t.containerInstanceArn()).isNull();
        });

        world.advance(Duration.ofMinutes(5));

        List<Task> tasks = world.ecs.describeTasks("ec2", waiting.stream().map(Task::taskArn).toList()).items();
        assertThat(tasks).filteredOn(t -> "RUNNING".equals(t.lastStatus())).as("3,904 MiB holds three").hasSize(3)
                .allSatisfy(t -> assertThat(t.containerInstanceArn()).isNotNull());
        assertThat(tasks).filteredOn(t -> "PROVISIONING".equals(t.lastStatus())).hasSize(2);
        assertThat(world.ecs.describeClusters(List.of("ec2")).items().get(0).pendingTasksCount()).isEqualTo(2);
    }

    @Test
    void aContainerHealthCheckMakesTasksHealthyAfterItsFirstInterval() {
        HealthCheck check = new HealthCheck(List.of("CMD-SHELL", "curl -f http://localhost/ || exit 1"), 10, 5, 3,
                null);
        world.ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest("checked", "awsvpc", List.of("FARGATE"),
                "256", "512", null, null, List.of(new ContainerDefinition("app", "nginxdemos/hello", null, null, null,
                true, List.of(new PortMapping(80, null, null)), List.of(), List.of(), check)), List.of()));
        world.ecs.createService(new CreateServiceRequest(EcsFixture.CLUSTER, "checked", "checked", 1, "FARGATE",
                List.of(), null, EcsFixture.NETWORK, null, null, List.of()));

        world.advanceUntil(w -> !w.tasks("checked", "RUNNING").isEmpty()
                && "RUNNING".equals(w.tasks("checked", "RUNNING").get(0).lastStatus()), Duration.ofSeconds(1),
                Duration.ofMinutes(2));
        Task running = world.tasks("checked", "RUNNING").get(0);
        assertThat(running.healthStatus()).isEqualTo("UNKNOWN");

        world.advanceUntil(w -> w.steady("checked"), Duration.ofSeconds(1), Duration.ofMinutes(2));
        Task healthy = world.tasks("checked", "RUNNING").get(0);
        assertThat(healthy.healthStatus()).isEqualTo("HEALTHY");
        assertThat(healthy.containers().get(0).healthStatus()).isEqualTo("HEALTHY");
        assertThat(healthy.version()).isGreaterThan(running.version());
        Service service = world.service("checked");
        Instant completed = service.events().get(0).createdAt();
        assertThat(Duration.between(healthy.startedAt(), completed)).as("healthy after 10 s, not 40 s")
                .isLessThan(Duration.ofSeconds(26));
    }
}
