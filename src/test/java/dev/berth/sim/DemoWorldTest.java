package dev.berth.sim;

import dev.berth.core.model.CapacityProvider;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.ListTasksRequest;
import dev.berth.core.model.Service;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoWorldTest {
    private final EcsFixture world = new EcsFixture(7);

    @Test
    void theDemoServiceRunsItsTaskWithinTwoMinutes() {
        DemoWorld.populate(world.ecs);

        world.advance(Duration.ofMinutes(2));

        Service service = world.ecs.describeServices(DemoWorld.CLUSTER, List.of(DemoWorld.SERVICE)).items().get(0);
        assertThat(service.runningCount()).isEqualTo(1);
        assertThat(service.launchType()).isEqualTo("FARGATE");
        assertThat(service.deployments()).singleElement()
                .satisfies(d -> assertThat(d.rolloutState()).isEqualTo("COMPLETED"));
        assertThat(service.events().get(0).message())
                .isEqualTo("(service nginxdemos-hello) has reached a steady state.");
        Task task = world.ecs.describeTasks(DemoWorld.CLUSTER,
                world.ecs.listTasks(ListTasksRequest.of(DemoWorld.CLUSTER, null)).items()).items().get(0);
        assertThat(task.lastStatus()).isEqualTo("RUNNING");
        assertThat(task.privateIpv4Address()).startsWith("172.31.");
        assertThat(task.attachments().get(0).detail("subnetId")).isIn(DemoWorld.SUBNETS);
    }

    @Test
    void theDemoClusterHasFargateAndAnEmptyAutoScalingGroupOfMicroInstances() {
        DemoWorld.populate(world.ecs);
        world.advance(Duration.ofMinutes(5));

        Cluster cluster = world.ecs.describeClusters(List.of(DemoWorld.CLUSTER)).items().get(0);
        assertThat(cluster.capacityProviders()).hasSize(3).startsWith("FARGATE", "FARGATE_SPOT");
        assertThat(cluster.registeredContainerInstancesCount()).isZero();
        assertThat(cluster.activeServicesCount()).isEqualTo(1);
        CapacityProvider group = world.ecs.describeCapacityProviders(List.of(cluster.capacityProviders().get(2)))
                .items().get(0);
        assertThat(group.name()).startsWith("Infra-ECS-Cluster-DemoCluster-");
        assertThat(group.autoScalingGroupProvider().autoScalingGroupArn()).contains(":autoScalingGroupName/"
                + "Infra-ECS-Cluster-DemoCluster-");

        TaskDefinition definition = world.ecs.describeTaskDefinition(DemoWorld.FAMILY);
        assertThat(definition.cpu()).isEqualTo("512");
        assertThat(definition.memory()).isEqualTo("1024");
        assertThat(definition.networkMode()).isEqualTo("awsvpc");
        assertThat(definition.containerDefinitions()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("nginxdemos-hello");
            assertThat(c.image()).isEqualTo("nginxdemos/hello");
            assertThat(c.portMappings().get(0).containerPort()).isEqualTo(80);
        });
    }
}
