package dev.berth.sim;

import dev.berth.core.model.Cluster;
import dev.berth.core.model.Service;
import dev.berth.core.model.Task;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoWorldTest {

    @Test
    void theDemoServiceRunsItsTaskWithinTwoMinutes() {
        EcsFixture world = new EcsFixture(7);
        DemoWorld.populate(world.ecs);

        world.advance(Duration.ofMinutes(2));

        Service service = world.ecs.describeServices(DemoWorld.CLUSTER, List.of(DemoWorld.SERVICE)).items().get(0);
        assertThat(service.runningCount()).isEqualTo(1);
        assertThat(service.deployments()).singleElement()
                .satisfies(d -> assertThat(d.rolloutState()).isEqualTo("COMPLETED"));
        assertThat(service.events().get(0).message()).isEqualTo("(service nginxdemos-hello) has reached a steady state.");
        Cluster cluster = world.ecs.describeClusters(List.of(DemoWorld.CLUSTER)).items().get(0);
        assertThat(cluster.capacityProviders()).hasSize(3).contains("FARGATE", "FARGATE_SPOT");
        assertThat(cluster.runningTasksCount()).isEqualTo(1);
        assertThat(cluster.activeServicesCount()).isEqualTo(1);
        Task task = world.ecs.describeTasks(DemoWorld.CLUSTER,
                world.ecs.listTasks(dev.berth.core.model.ListTasksRequest.of(DemoWorld.CLUSTER, null)).items())
                .items().get(0);
        assertThat(task.privateIpv4Address()).startsWith("172.31.");
        service.events().forEach(e -> System.out.println(e.createdAt() + " " + e.message()));
        System.out.println(task);
    }
}
