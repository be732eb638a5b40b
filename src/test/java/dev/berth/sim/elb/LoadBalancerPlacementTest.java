package dev.berth.sim.elb;

import dev.berth.core.model.ClassicListener;
import dev.berth.core.model.CreateClassicLoadBalancerRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.InstanceState;
import dev.berth.core.model.LoadBalancer;
import dev.berth.core.model.NetworkBinding;
import dev.berth.core.model.ServiceEvent;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TargetHealthDescription;
import dev.berth.core.model.Task;
import dev.berth.core.gateway.EcsInventory;
import dev.berth.sim.EcsFixture;
import dev.berth.sim.LoadBalancerFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * EC2 bridge-mode services behind a target group of instance targets (dynamic and fixed host ports) and behind a
 * Classic Load Balancer.
 */
class LoadBalancerPlacementTest {
    private static final String CLUSTER = "micro";
    private final LoadBalancerFixture lb = new LoadBalancerFixture(5);
    private final EcsFixture world = lb.world;

    @Test
    void dynamicHostPortsLetThreeCopiesShareAMicroInstanceAsTargetsOnTheirOwnPorts() {
        TargetGroup group = threeCopiesOnMicroInstances(1, 300, 0);

        List<Task> tasks = running("web");
        assertThat(tasks).hasSize(3).extracting(Task::containerInstanceArn).containsOnly(
                tasks.get(0).containerInstanceArn());
        List<Integer> hostPorts = tasks.stream().flatMap(t -> t.containers().stream())
                .flatMap(c -> c.networkBindings().stream()).map(NetworkBinding::hostPort).toList();
        assertThat(hostPorts).doesNotHaveDuplicates().allSatisfy(p -> assertThat(p).isBetween(49153, 65535));
        List<TargetHealthDescription> targets = lb.targets(group);
        assertThat(targets).hasSize(3).allSatisfy(t -> {
            assertThat(t.target().id()).startsWith("i-");
            assertThat(t.targetHealth().state()).isEqualTo("healthy");
        });
        assertThat(targets).extracting(t -> t.target().port()).containsExactlyInAnyOrderElementsOf(hostPorts);
    }

    @Test
    void onlyTwoCopiesFitWhenMemoryDoesNotAllowAThird() {
        TargetGroup group = threeCopiesOnMicroInstances(1, 400, 0);

        assertThat(running("web")).hasSize(2);
        assertThat(lb.targets(group)).hasSize(2);
        assertThat(events("web")).anyMatch(m -> m.startsWith("(service web) was unable to place a task because no "
                + "container instance met all of its requirements.") && m.contains("has insufficient memory "
                + "available."));
    }

    @Test
    void aFixedHostPortLimitsTheServiceToOneTaskPerInstance() {
        TargetGroup group = threeCopiesOnMicroInstances(2, 128, 80);

        List<Task> tasks = running("web");
        assertThat(tasks).hasSize(2).extracting(Task::containerInstanceArn).doesNotHaveDuplicates();
        assertThat(lb.targets(group)).hasSize(2).allSatisfy(t -> assertThat(t.target().port()).isEqualTo(80));
        assertThat(events("web")).anyMatch(m -> m.contains("is already using a port required by your task."));
    }

    @Test
    void aClassicLoadBalancerServesBridgeTasksByTheirInstance() {
        lb.microInstances(CLUSTER, 1);
        lb.elb.createClassicLoadBalancer(new CreateClassicLoadBalancerRequest("classic-web",
                List.of(new ClassicListener("HTTP", 80, "HTTP", 80)), LoadBalancerFixture.SUBNETS, List.of(), null));
        lb.bridgeDefinition("web", 128, 80);
        world.ecs.createService(new CreateServiceRequest(CLUSTER, "web", "web", 1, "EC2", List.of(), null, null,
                null, null, List.of(), List.of(new LoadBalancer(null, "classic-web", "web", 80))));

        world.advance(Duration.ofMinutes(3));
        String instance = world.ecs.describeContainerInstances(CLUSTER, world.ecs.listContainerInstances(CLUSTER,
                null, null, null).items()).items().get(0).ec2InstanceId();
        assertThat(lb.elb.describeClassicInstanceHealth("classic-web", List.of())).singleElement()
                .isEqualTo(new InstanceState(instance, "InService", "N/A", "N/A"));
        assertThat(lb.elb.describeClassicLoadBalancers(List.of("classic-web")).get(0).instances())
                .containsExactly(instance);
        assertThat(events("web")).contains("(service web) registered 1 instances in (elb classic-web)");
    }

    /** A service "web" of three tasks on {@code instances} t2.micro instances, three minutes after its creation. */
    private TargetGroup threeCopiesOnMicroInstances(int instances, int memory, int hostPort) {
        lb.microInstances(CLUSTER, instances);
        TargetGroup group = lb.activeTargetGroup("instance");
        lb.bridgeDefinition("web", memory, hostPort);
        lb.ec2Service(CLUSTER, "web", "web", 3, group);
        world.advance(Duration.ofMinutes(3));
        return group;
    }

    private List<Task> running(String service) {
        return new EcsInventory(world.ecs).tasks(CLUSTER, "RUNNING").stream()
                .filter(t -> ("service:" + service).equals(t.group())).toList();
    }

    private List<String> events(String service) {
        return world.ecs.describeServices(CLUSTER, List.of(service)).items().get(0).events().stream()
                .map(ServiceEvent::message).toList();
    }
}
