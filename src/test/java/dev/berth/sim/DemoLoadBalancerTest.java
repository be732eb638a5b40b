package dev.berth.sim;

import dev.berth.core.gateway.ElbGateway;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.ElbLoadBalancer;
import dev.berth.core.model.LoadBalancer;
import dev.berth.core.model.Listener;
import dev.berth.core.model.NetworkConfiguration;
import dev.berth.core.model.AwsVpcConfiguration;
import dev.berth.core.model.TargetGroup;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo world's load balancer from the hands-on lab, and the lab's last step done against it. */
class DemoLoadBalancerTest {

    @Test
    void theLabsLoadBalancerIsActiveWithItsTargetGroupAndListener() {
        Simulator simulator = simulator(7);
        ElbGateway elb = simulator.elb();
        simulator.advanceBy(Duration.ofMinutes(4));

        ElbLoadBalancer alb = elb.describeLoadBalancers(List.of(), List.of(DemoWorld.LOAD_BALANCER)).get(0);
        assertThat(alb.type()).isEqualTo("application");
        assertThat(alb.scheme()).isEqualTo("internet-facing");
        assertThat(alb.state().code()).isEqualTo("active");
        assertThat(alb.securityGroups()).containsExactly(DemoWorld.SECURITY_GROUP);
        assertThat(alb.availabilityZones()).extracting(z -> z.subnetId()).containsExactlyElementsOf(DemoWorld.SUBNETS);
        TargetGroup group = elb.describeTargetGroups(alb.loadBalancerArn(), null, null).get(0);
        assertThat(group.targetGroupName()).isEqualTo(DemoWorld.TARGET_GROUP);
        assertThat(group.targetType()).isEqualTo("ip");
        assertThat(group.port()).isEqualTo(80);
        assertThat(group.healthCheckPath()).isEqualTo("/");
        Listener listener = elb.describeListeners(alb.loadBalancerArn(), null).get(0);
        assertThat(listener.port()).isEqualTo(80);
        assertThat(listener.defaultActions().get(0).targetGroupArn()).isEqualTo(group.targetGroupArn());
    }

    @Test
    void theLoadBalancerLeavesTheDemoServicesHistoryAsItWas() {
        Simulator withLoadBalancer = simulator(9);
        Simulator without = Simulator.create(WorldSettings.of("demo", 9, EcsFixture.START), CommandJournal.none());
        DemoWorld.populate(without.ecs());

        withLoadBalancer.advanceBy(Duration.ofHours(1));
        without.advanceBy(Duration.ofHours(1));

        assertThat(WorldSnapshot.of(withLoadBalancer, Scenario.NAMES)).isEqualTo(WorldSnapshot.of(without,
                Scenario.NAMES));
    }

    @Test
    void nginxdemosHelloBehindDemoAlbForEcsGetsHealthyTargets() {
        Simulator simulator = simulator(11);
        ElbGateway elb = simulator.elb();
        simulator.advanceBy(Duration.ofMinutes(3));
        TargetGroup group = elb.describeTargetGroups(null, null, List.of(DemoWorld.TARGET_GROUP)).get(0);

        simulator.ecs().createService(new CreateServiceRequest(DemoWorld.CLUSTER, "nginxdemos-hello-alb",
                DemoWorld.FAMILY, 2, "FARGATE", List.of(), null, new NetworkConfiguration(new AwsVpcConfiguration(
                DemoWorld.SUBNETS, List.of(DemoWorld.SECURITY_GROUP), "ENABLED")), null, null, List.of(),
                List.of(LoadBalancer.targetGroup(group.targetGroupArn(), "nginxdemos-hello", 80))));
        simulator.advanceBy(Duration.ofMinutes(3));

        assertThat(elb.describeTargetHealth(group.targetGroupArn(), List.of())).hasSize(2)
                .allSatisfy(t -> assertThat(t.targetHealth().state()).isEqualTo("healthy"));
        assertThat(simulator.ecs().describeServices(DemoWorld.CLUSTER, List.of("nginxdemos-hello-alb")).items()
                .get(0).events().get(0).message()).isEqualTo("(service nginxdemos-hello-alb) has reached a steady "
                + "state.");
    }

    private static Simulator simulator(long seed) {
        Simulator simulator = Simulator.create(WorldSettings.of("demo", seed, EcsFixture.START),
                CommandJournal.none());
        DemoWorld.populate(simulator.ecs());
        DemoWorld.addLoadBalancer(simulator.elb());
        return simulator;
    }
}
