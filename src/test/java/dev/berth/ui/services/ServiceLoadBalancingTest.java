package dev.berth.ui.services;

import dev.berth.core.gateway.EcsInventory;
import dev.berth.core.model.NetworkBinding;
import dev.berth.core.model.Service;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.Task;
import dev.berth.sim.LoadBalancerFixture;
import dev.berth.ui.common.Detail;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Load balancing tab's reading of a service: each target with the task behind it. */
class ServiceLoadBalancingTest {
    private final LoadBalancerFixture lb = new LoadBalancerFixture(8);

    @Test
    void bridgeTasksAreFoundByTheirInstanceAndHostPort() {
        lb.microInstances("micro", 1);
        TargetGroup group = lb.activeTargetGroup("instance");
        lb.bridgeDefinition("web", 256, 0);
        lb.ec2Service("micro", "web", "web", 2, group);
        lb.world.advance(Duration.ofMinutes(3));
        Service service = lb.world.ecs.describeServices("micro", List.of("web")).items().get(0);
        EcsInventory inventory = new EcsInventory(lb.world.ecs);

        ServiceLoadBalancing read = ServiceLoadBalancing.read(inventory, lb.elb, service);

        List<Task> tasks = inventory.tasks("micro", "RUNNING");
        assertThat(read.targets()).hasSize(2).allSatisfy(target -> {
            Task task = tasks.stream().filter(t -> t.taskId().equals(target.taskId())).findFirst().orElseThrow();
            assertThat(task.containers().get(0).networkBindings()).extracting(NetworkBinding::hostPort)
                    .containsExactly(target.port());
            assertThat(target.target()).startsWith("i-");
            assertThat(target.state()).isEqualTo("healthy");
        });
        assertThat(read.details()).extracting(Detail::key).containsSubsequence("Load balancer", "Listeners",
                "Target group", "Health check", "Deregistration delay");
        assertThat(read.details()).contains(Detail.of("Deregistration delay", "300 s"));
    }
}
