package dev.berth.bench;

import dev.berth.core.model.DeploymentCircuitBreaker;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.UpdateServiceRequest;
import dev.berth.core.rollout.DeploymentHistory;
import dev.berth.core.rollout.DeploymentRecorder;
import dev.berth.core.settings.ThemeChoice;
import dev.berth.sim.EcsFixture;
import dev.berth.ui.rollout.DeploymentTimeline;
import dev.berth.ui.theme.Theme;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;

/**
 * FX-thread cost of one frame of the deployment timeline with 200 task lanes (a 100-task service rolled to a new
 * revision at minimum 50 %, maximum 100 %, recorded every 15 s from the simulator): the work a new history
 * (a live refresh) costs, and the work a zoom or pan step costs, each as layout plus painting the canvas's commands,
 * then the same followed by rendering the control to an image (software pipeline), in a 1400 x 900 canvas. Run on
 * purpose:
 * {@code mvn -Pbench -Dbench=TimelineBench test-compile exec:java}.
 */
public final class TimelineBench {
    private static final int DESIRED = 100;
    private static final int WARM_UP = 20;
    private static final int RUNS = 60;
    /** A maximised window's worth: about 35 of the 200 lanes in view, the rest scrolled. */
    private static final double WIDTH = 1400;
    private static final double HEIGHT = 900;

    private TimelineBench() {
    }

    public static void main(String[] args) throws Exception {
        List<DeploymentHistory> refreshes = record();
        DeploymentHistory last = refreshes.get(refreshes.size() - 1);
        BenchPlatform.start();
        System.out.printf(Locale.ROOT, "TimelineBench: %d lanes, %d events, %d refreshes, canvas %.0f x %.0f; median "
                + "of %d frames after %d warm-up frames%n", last.lanes().size(), last.events().size(),
                refreshes.size(), WIDTH, HEIGHT, RUNS, WARM_UP);
        DeploymentTimeline timeline = onFx(() -> show(last));
        measure("live refresh (new history), layout + paint", timeline, refreshes, false, false);
        measure("live refresh, + render to image", timeline, refreshes, false, true);
        measure("zoom / pan step, layout + paint", timeline, refreshes, true, false);
        measure("zoom / pan step, + render to image", timeline, refreshes, true, true);
        Platform.exit();
    }

    /** One history per refresh of a 100-task rolling update: by the end, 200 lanes. */
    private static List<DeploymentHistory> record() {
        EcsFixture world = new EcsFixture(2026).withCluster();
        world.fargateDefinition("web", "nginxdemos/hello");
        world.fargateDefinition("web", "nginxdemos/hello:0.4");
        world.fargateService("web", "web:1", DESIRED, new DeploymentConfiguration(50, 100,
                new DeploymentCircuitBreaker(true, true)));
        DeploymentRecorder recorder = new DeploymentRecorder(EcsFixture.CLUSTER, "web");
        List<DeploymentHistory> refreshes = new ArrayList<>();
        world.advanceUntil(w -> {
            recorder.poll(w.ecs, w.simulator.now());
            return w.steady("web");
        }, Duration.ofSeconds(15), Duration.ofMinutes(30));
        world.ecs.updateService(new UpdateServiceRequest(EcsFixture.CLUSTER, "web", "web:2", null, null, null, null,
                null, null, false));
        world.advanceUntil(w -> {
            refreshes.add(recorder.poll(w.ecs, w.simulator.now()));
            return w.steady("web") && w.service("web").taskDefinition().endsWith("web:2");
        }, Duration.ofSeconds(15), Duration.ofMinutes(60));
        return refreshes;
    }

    private static DeploymentTimeline show(DeploymentHistory history) {
        Theme.apply(ThemeChoice.LIGHT);
        DeploymentTimeline timeline = new DeploymentTimeline();
        timeline.setHistory(history);
        Scene scene = new Scene(new StackPane(timeline), WIDTH, HEIGHT);
        Theme.style(scene);
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        return timeline;
    }

    private static void measure(String what, DeploymentTimeline timeline, List<DeploymentHistory> refreshes,
                                boolean zoomAndPan, boolean render) throws Exception {
        long[] nanos = new long[RUNS];
        for (int frame = 0; frame < WARM_UP + RUNS; frame++) {
            int index = frame;
            long took = onFx(() -> {
                long start = System.nanoTime();
                if (zoomAndPan) {
                    step(timeline, index);
                } else {
                    timeline.setHistory(refreshes.get(refreshes.size() - 1 - index % 2));
                }
                timeline.applyCss();
                timeline.layout();
                if (render) {
                    timeline.snapshot(null, null);
                }
                return System.nanoTime() - start;
            });
            if (frame >= WARM_UP) {
                nanos[frame - WARM_UP] = took;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "  %-48s median %6.2f ms   p90 %6.2f ms   max %6.2f ms%n", what,
                nanos[RUNS / 2] / 1e6, nanos[RUNS * 9 / 10] / 1e6, nanos[RUNS - 1] / 1e6);
    }

    /** Alternately zooms in and out around the middle, and pans, as a wheel and a drag would. */
    private static void step(DeploymentTimeline timeline, int index) {
        if (index % 2 == 0) {
            Instant from = timeline.visibleFromProperty().get();
            Instant to = timeline.visibleToProperty().get();
            timeline.zoom(index % 4 == 0 ? 0.8 : 1.25, from.plus(Duration.between(from, to).dividedBy(2)));
        } else {
            timeline.pan(Duration.ofSeconds(index % 4 == 1 ? 5 : -5));
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }
}
