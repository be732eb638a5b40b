package dev.berth.bench;

import dev.berth.core.model.*;
import dev.berth.core.rollout.*;
import dev.berth.core.settings.ThemeChoice;
import dev.berth.sim.EcsFixture;
import dev.berth.ui.common.PngWriter;
import dev.berth.ui.rollout.DeploymentTimeline;
import dev.berth.ui.theme.Theme;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

public final class TimelineLook {
    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1600x1000-32");
        EcsFixture world = new EcsFixture(65).withCluster();
        world.fargateDefinition("web", "nginxdemos/hello");
        world.fargateDefinition("web", "nginxdemos/hello:0.4");
        world.fargateDefinition("web", "nginxdemos/hello:0.5");
        world.fargateService("web", "web:1", 4, new DeploymentConfiguration(50, 100, new DeploymentCircuitBreaker(true, true)));
        DeploymentRecorder recorder = new DeploymentRecorder(EcsFixture.CLUSTER, "web");
        world.advanceUntil(w -> { recorder.poll(w.ecs, w.simulator.now()); return w.steady("web"); }, Duration.ofSeconds(5), Duration.ofMinutes(20));
        world.advance(Duration.ofMinutes(1));
        world.ecs.updateService(new UpdateServiceRequest(EcsFixture.CLUSTER, "web", "web:2", null, null, null, null, null, null, false));
        String second = world.service("web").primaryDeployment().id();
        world.advanceUntil(w -> { recorder.poll(w.ecs, w.simulator.now()); return w.steady("web"); }, Duration.ofSeconds(5), Duration.ofMinutes(20));
        world.faults.injectFault(InjectFaultRequest.untilCleared(FaultKind.IMAGE_PULL_TAG_NOT_FOUND, FaultScope.service(EcsFixture.CLUSTER, "web").withTaskDefinition("web:3")));
        world.ecs.updateService(new UpdateServiceRequest(EcsFixture.CLUSTER, "web", "web:3", null, null, null, null, null, null, false));
        String bad = world.service("web").primaryDeployment().id();
        world.advanceUntil(w -> { recorder.poll(w.ecs, w.simulator.now()); return w.steady("web") && !w.service("web").primaryDeployment().id().equals(bad); }, Duration.ofSeconds(5), Duration.ofMinutes(30));
        DeploymentHistory history = recorder.history();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                for (ThemeChoice theme : ThemeChoice.values()) {
                    for (String id : new String[] {second, bad}) {
                        Theme.apply(theme);
                        DeploymentTimeline timeline = new DeploymentTimeline();
                        DeploymentHistory.Window w = history.windowOf(id);
                        long pad = Math.max(15_000, Duration.between(w.from(), w.to()).toMillis() / 10);
                        timeline.setHistory(history.during(w.from().minusMillis(pad), w.to().plusMillis(pad)));
                        timeline.newRevisionProperty().set(history.deployment(id).get().taskDefinition());
                        StackPane root = new StackPane(timeline);
                        Scene scene = new Scene(root, 1300, 620);
                        Theme.style(scene);
                        Stage stage = new Stage();
                        stage.setScene(scene);
                        stage.show();
                        root.applyCss(); root.layout();
                        PngWriter.write(scene.snapshot(null), Path.of("/tmp/scratch/" + theme + "-" + (id.equals(bad) ? "bad" : "good") + ".png"));
                        stage.close();
                    }
                }
            } catch (Exception e) { e.printStackTrace(); }
            done.countDown();
        });
        done.await();
        Platform.exit();
    }
}
