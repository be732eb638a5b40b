package dev.berth.ui.services;

import dev.berth.contract.LocalAws;
import dev.berth.core.model.Service;
import dev.berth.core.model.TargetGroup;
import dev.berth.sim.EcsFixture;
import dev.berth.sim.LoadBalancerFixture;
import dev.berth.ui.common.ClusterSelection;
import dev.berth.ui.common.Detail;
import dev.berth.ui.common.DirectBackgroundTasks;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Services area on a read-only real-AWS connection (the SDK over {@code berth serve}): the Load balancing tab
 * reads the service's load balancer, listener and target group through Elastic Load Balancing's awsQuery API and
 * shows each target's health with the task behind it.
 */
class ServicesOnAwsTest {
    private final LoadBalancerFixture lb = new LoadBalancerFixture(23);

    @Test
    void theLoadBalancingTabShowsTargetHealthOnAnAwsConnection() {
        TargetGroup group = lb.activeTargetGroup("ip");
        lb.world.fargateDefinition("web", "nginx:1.27");
        lb.fargateService("web", "web", 2, group, null);
        lb.world.advance(Duration.ofMinutes(3));
        try (LocalAws aws = LocalAws.serveWorld(lb.world.simulator, false)) {
            ClusterSelection clusters = new ClusterSelection();
            clusters.offer(List.of(EcsFixture.CLUSTER));
            ServicesViewModel services = new ServicesViewModel(aws.gateway(), new DirectBackgroundTasks(),
                    Clock.systemUTC(), clusters);
            services.loadBalancingOnScreen().shownProperty().set(true);
            services.refresh();
            Service web = aws.gateway().ecs().describeServices(EcsFixture.CLUSTER, List.of("web")).items().get(0);
            services.selectedProperty().set(web);

            assertThat(services.errorProperty().get()).isNull();
            assertThat(services.loadBalancingProperty().get()).contains(
                    Detail.of("Load balancer", "web-alb (application, internet-facing, active)"),
                    Detail.of("Listeners", "HTTP:80"));
            assertThat(services.targets().all()).hasSize(2).allSatisfy(target -> {
                assertThat(target.state()).isEqualTo("healthy");
                assertThat(target.task()).isNotBlank();
            });
        }
    }
}
