package dev.berth.ui.rollout;

import dev.berth.app.SimulatorBackend;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.UpdateServiceRequest;
import dev.berth.core.rollout.DeploymentHistory;
import dev.berth.core.rollout.DeploymentSpan;
import dev.berth.sim.EcsFixture;
import dev.berth.ui.common.DirectBackgroundTasks;
import dev.berth.ui.testing.SteppedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class DeploymentsViewModelTest {
    @TempDir
    Path folder;

    @Test
    void aDeploymentUnderWayIsLiveAndAFinishedOneReplaysAtTheChosenSpeedAndExports() throws Exception {
        EcsFixture world = new EcsFixture(81).withCluster();
        world.fargateDefinition("web", "nginxdemos/hello");
        world.fargateDefinition("web", "nginxdemos/hello:0.4");
        world.fargateService("web", "web:1", 2, DeploymentConfiguration.defaults());
        DeploymentsViewModel viewModel = new DeploymentsViewModel(new SimulatorBackend(world.simulator,
                new SteppedClock(world.simulator)), new DirectBackgroundTasks(), Clock.systemUTC());
        world.advanceUntil(w -> {
            viewModel.refresh(EcsFixture.CLUSTER, "web");
            return w.steady("web");
        }, Duration.ofSeconds(10), Duration.ofMinutes(10));
        world.ecs.updateService(new UpdateServiceRequest(EcsFixture.CLUSTER, "web", "web:2", null, null, null, null,
                null, null, false));
        viewModel.refresh(EcsFixture.CLUSTER, "web");
        DeploymentSpan second = viewModel.rows().all().get(0).item();
        viewModel.selectedProperty().set(second);
        assertThat(viewModel.liveProperty().get()).isTrue();
        viewModel.play();
        assertThat(viewModel.playingProperty().get()).as("nothing to replay while live").isFalse();

        world.advanceUntil(w -> {
            viewModel.refresh(EcsFixture.CLUSTER, "web");
            return w.steady("web") && w.service("web").taskDefinition().endsWith("web:2");
        }, Duration.ofSeconds(10), Duration.ofMinutes(10));
        world.advance(Duration.ofMinutes(2));
        viewModel.refresh(EcsFixture.CLUSTER, "web");
        viewModel.selectedProperty().set(viewModel.rows().all().get(0).item());

        assertThat(viewModel.rows().all()).extracting(r -> r.taskDefinitionProperty().get())
                .containsExactly("web:2", "web:1");
        assertThat(viewModel.liveProperty().get()).isFalse();
        DeploymentHistory story = viewModel.shownProperty().get();
        assertThat(story.from()).isBefore(second.createdAt());
        assertThat(story.to()).isAfter(story.deployment(second.deploymentId()).orElseThrow().finishedAt())
                .isBefore(world.simulator.now());
        viewModel.speedProperty().set(ReplaySpeed.X30);
        viewModel.play();
        viewModel.advance(Duration.ofSeconds(2));
        assertThat(viewModel.playheadProperty().get()).isEqualTo(story.from().plusSeconds(60));
        viewModel.advance(Duration.ofHours(1));
        assertThat(viewModel.playheadProperty().get()).isEqualTo(story.to());
        assertThat(viewModel.playingProperty().get()).isFalse();

        Path json = folder.resolve(viewModel.suggestedFileName(".json"));
        viewModel.exportJson(json);
        assertThat(json.getFileName().toString()).startsWith("web-").endsWith(".json");
        assertThat(Files.readString(json)).contains(second.deploymentId()).contains("\"lanes\"");
        assertThat(viewModel.noticeProperty().get()).isEqualTo("Saved " + json.getFileName() + ".");
    }
}
