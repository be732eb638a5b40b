package dev.berth.ui.services;

import dev.berth.app.SimulatorBackend;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CreateTargetGroupRequest;
import dev.berth.core.model.KeyValuePair;
import dev.berth.core.model.ModifyTargetGroupRequest;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.ServiceEvent;
import dev.berth.core.model.SimulatedApplication;
import dev.berth.core.model.TargetGroup;
import dev.berth.sim.EcsFixture;
import dev.berth.sim.LoadBalancerFixture;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import dev.berth.sim.CommandJournal;
import dev.berth.ui.common.ClusterSelection;
import dev.berth.ui.common.DirectBackgroundTasks;
import dev.berth.ui.testing.RecordingOutcome;
import dev.berth.ui.testing.SteppedClock;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Edit health check" of the Load balancing tab, on the simulator: a service whose application serves {@code /} only
 * is checked at {@code /health}, its targets fail with 404 and ECS replaces its tasks; the path edited to {@code /}
 * makes them healthy. The form sends only what changed and checks ELB's ranges first.
 */
class HealthCheckEditTest {
    private final Simulator simulator = Simulator.create(WorldSettings.of("health", 5, EcsFixture.START),
            CommandJournal.none());
    private final LoadBalancerFixture lb = new LoadBalancerFixture(simulator);
    private final ClusterSelection clusters = new ClusterSelection();
    private final ServicesViewModel viewModel = new ServicesViewModel(new SimulatorBackend(simulator,
            new SteppedClock(simulator)), new DirectBackgroundTasks(), Clock.systemUTC(), clusters);

    private TargetGroup serviceCheckedAt(String path) {
        TargetGroup group = lb.activeTargetGroup(new CreateTargetGroupRequest("tg-web", "HTTP", 80, null, "ip", null,
                null, null, path, null, null, null, null, null));
        lb.world.ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest("web", "awsvpc", List.of("FARGATE"),
                "256", "512", null, null, List.of(new ContainerDefinition("app", "nginx:1.27", null, null, null, true,
                List.of(new PortMapping(80, null, "tcp")), List.of(new KeyValuePair(SimulatedApplication.HTTP_PATHS,
                "/")), List.of(), null)), List.of()));
        lb.fargateService("web", "web", 2, group, null);
        lb.world.advance(Duration.ofMinutes(10));
        clusters.offer(List.of(EcsFixture.CLUSTER));
        clusters.select(EcsFixture.CLUSTER);
        viewModel.loadBalancingOnScreen().shownProperty().set(true);
        viewModel.selectedProperty().set(lb.world.service("web"));
        return group;
    }

    @Test
    void aWrongPathFailsWith404UntilItIsEditedThenTheTargetsTurnHealthy() {
        serviceCheckedAt("/health");
        assertThat(lb.world.service("web").events()).extracting(ServiceEvent::message)
                .anyMatch(m -> m.contains("due to (reason Health checks failed with these codes: [404])."))
                .anyMatch(m -> m.contains("Amazon ECS replaced 1 tasks due to an unhealthy status."));
        assertThat(viewModel.targets().all()).isNotEmpty()
                .anyMatch(t -> "Target.ResponseCodeMismatch".equals(t.reason()));

        HealthCheckForm form = new HealthCheckForm(viewModel.targetGroupProperty().get());
        form.pathProperty().set("/");
        RecordingOutcome outcome = new RecordingOutcome();
        assertThat(viewModel.modifyHealthCheck(form, outcome).isEmpty()).isTrue();

        assertThat(outcome.hasSucceeded()).isTrue();
        assertThat(viewModel.targetGroupProperty().get().healthCheckPath()).isEqualTo("/");
        lb.world.advance(Duration.ofMinutes(5));
        viewModel.selectedProperty().set(lb.world.service("web"));
        assertThat(viewModel.targets().all()).filteredOn(t -> !"draining".equals(t.state())).hasSize(2)
                .allSatisfy(t -> assertThat(t.state()).isEqualTo("healthy"));
    }

    @Test
    void theFormChecksElbRangesAndSendsOnlyWhatChanged() {
        TargetGroup group = serviceCheckedAt("/");
        HealthCheckForm form = new HealthCheckForm(group);

        form.timeoutProperty().set("30");
        form.healthyProperty().set("1");
        form.pathProperty().set("health");
        RecordingOutcome outcome = new RecordingOutcome();
        assertThat(viewModel.modifyHealthCheck(form, outcome).asMap()).containsOnlyKeys(HealthCheckForm.TIMEOUT,
                HealthCheckForm.HEALTHY, HealthCheckForm.PATH);
        assertThat(outcome.hasSucceeded()).isFalse();

        form.timeoutProperty().set(String.valueOf(group.healthCheckTimeoutSeconds()));
        form.healthyProperty().set("2");
        form.pathProperty().set("/ping");
        assertThat(form.toRequest()).isEqualTo(new ModifyTargetGroupRequest(group.targetGroupArn(), null, null,
                "/ping", null, null, null, 2, null, null));
    }
}
