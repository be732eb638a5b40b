package dev.berth.bench;

import dev.berth.app.SimulatorBackend;
import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.DeploymentCircuitBreaker;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.FaultKind;
import dev.berth.core.model.FaultScope;
import dev.berth.core.model.InjectFaultRequest;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.Service;
import dev.berth.core.model.UpdateServiceRequest;
import dev.berth.core.rollout.EventMarker;
import dev.berth.core.settings.SettingsFile;
import dev.berth.core.settings.ThemeChoice;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.DemoWorld;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import dev.berth.ui.common.DirectBackgroundTasks;
import dev.berth.ui.rollout.DeploymentRow;
import dev.berth.ui.rollout.DeploymentTimeline;
import dev.berth.ui.shell.Area;
import dev.berth.ui.shell.MainWindow;
import dev.berth.ui.shell.ViewSnapshots;
import dev.berth.ui.testing.SteppedClock;
import dev.berth.ui.theme.Theme;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;

/**
 * The README's timeline pictures, taken from the real main window on the demo world while the app records: a
 * rolling update of six tasks (minimum 50 %, maximum 150 %) caught half-way, live, in the light theme; then a
 * deployment whose image cannot be pulled, replayed at the moment after the circuit breaker tripped and rolled
 * back, in the dark theme. Run by {@code docs/screenshots/make-screenshots.sh}:
 * {@code mvn -Pbench -Dbench=TimelineScreenshots -Dexec.args=DIR test-compile exec:java}.
 */
public final class TimelineScreenshots {
    private static final Duration REFRESH = Duration.ofSeconds(5);
    private static final Duration LIVE_AFTER = Duration.ofSeconds(100);
    /** Taller than the default window, so the timeline shows its lanes under the charts. */
    private static final double WIDTH = 1440;
    private static final double HEIGHT = 1000;

    private TimelineScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        try {
            picture(Path.of(args.length > 0 ? args[0] : "docs/screenshots"));
        } finally {
            Platform.exit();
        }
    }

    private static void picture(Path directory) throws Exception {
        Files.createDirectories(directory);
        BenchPlatform.start();
        Simulator simulator = Simulator.create(WorldSettings.of("demo", 20260302, Instant.parse(
                "2026-03-02T09:00:00Z")), CommandJournal.none());
        EcsGateway ecs = simulator.ecs();
        DemoWorld.populate(ecs);
        simulator.advanceBy(Duration.ofMinutes(2));
        update(ecs, null, 6, null);
        simulator.advanceBy(Duration.ofMinutes(3));
        register(ecs, "nginxdemos/hello:0.4");
        register(ecs, "nginxdemos/hello:0.5");
        Path home = Files.createTempDirectory("berth-screenshots");
        MainWindow window = onFx(() -> {
            Theme.apply(ThemeChoice.LIGHT);
            MainWindow opened = new MainWindow(new SimulatorBackend(simulator, new SteppedClock(simulator)),
                    new DirectBackgroundTasks(), Clock.systemUTC(), new SettingsFile(home.resolve("settings.json")),
                    null);
            Stage stage = new Stage();
            stage.setScene(opened.scene());
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
            stage.show();
            opened.switchTo(Area.SERVICES);
            opened.refreshNow();
            laidOut(opened.scene());
            table(opened.scene(), "#services-table").getSelectionModel().selectFirst();
            ((TabPane) opened.scene().lookup("#services-tabs")).getSelectionModel().select(1);
            return opened;
        });
        Scene scene = window.scene();

        update(ecs, "nginxdemos-hello:2", null, new DeploymentConfiguration(50, 150,
                new DeploymentCircuitBreaker(true, true)));
        Instant updated = simulator.now();
        record(simulator, window, () -> !simulator.now().isBefore(updated.plus(LIVE_AFTER)));
        onFx(() -> {
            ViewSnapshots.write(scene, directory.resolve("timeline-live.png"));
            return null;
        });
        record(simulator, window, () -> steady(ecs));

        simulator.faults().injectFault(InjectFaultRequest.untilCleared(FaultKind.IMAGE_PULL_TAG_NOT_FOUND,
                FaultScope.service(DemoWorld.CLUSTER, DemoWorld.SERVICE).withTaskDefinition("nginxdemos-hello:3")));
        update(ecs, "nginxdemos-hello:3", null, null);
        String bad = service(ecs).primaryDeployment().id();
        record(simulator, window, () -> steady(ecs) && !service(ecs).primaryDeployment().id().equals(bad));
        simulator.advanceBy(Duration.ofMinutes(1));
        onFx(() -> {
            window.refreshNow();
            Theme.apply(ThemeChoice.DARK);
            laidOut(scene);
            TableView<DeploymentRow> deployments = table(scene, "#service-deployments");
            deployments.getItems().stream().filter(row -> row.id().equals(bad)).findFirst()
                    .ifPresent(row -> deployments.getSelectionModel().select(row));
            DeploymentTimeline timeline = (DeploymentTimeline) scene.lookup("#deployment-timeline");
            EventMarker tripped = timeline.getHistory().events().stream()
                    .filter(e -> e.message().contains("deployment failed")).findFirst().orElseThrow();
            Instant moment = tripped.at().plusSeconds(75);
            ((Slider) scene.lookup("#deployments-scrubber")).setValue(
                    Duration.between(timeline.getHistory().from(), moment).toMillis());
            timeline.selectEvents(timeline.getHistory().events().stream()
                    .filter(e -> e.at().equals(tripped.at())).toList());
            ViewSnapshots.write(scene, directory.resolve("timeline-replay.png"));
            return null;
        });
        System.out.println("wrote " + directory.resolve("timeline-live.png") + " and "
                + directory.resolve("timeline-replay.png"));
    }

    /** Moves the simulated clock on a refresh at a time until {@code done}, as the app's clock would. */
    private static void record(Simulator simulator, MainWindow window, BooleanSupplier done) throws Exception {
        for (int refresh = 0; refresh < 400 && !done.getAsBoolean(); refresh++) {
            simulator.advanceBy(REFRESH);
            onFx(() -> {
                window.refreshNow();
                return null;
            });
        }
    }

    private static void register(EcsGateway ecs, String image) {
        ContainerDefinition container = new ContainerDefinition(DemoWorld.FAMILY, image, null, null, null, true,
                List.of(new PortMapping(80, 80, "tcp")), List.of(), List.of(), null);
        ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest(DemoWorld.FAMILY, "awsvpc", List.of("FARGATE"),
                "512", "1024", null, null, List.of(container), List.of()));
    }

    private static void update(EcsGateway ecs, String taskDefinition, Integer desiredCount,
                               DeploymentConfiguration configuration) {
        ecs.updateService(new UpdateServiceRequest(DemoWorld.CLUSTER, DemoWorld.SERVICE, taskDefinition,
                desiredCount, configuration, null, null, null, null, false));
    }

    private static Service service(EcsGateway ecs) {
        return ecs.describeServices(DemoWorld.CLUSTER, List.of(DemoWorld.SERVICE)).items().get(0);
    }

    private static boolean steady(EcsGateway ecs) {
        Service service = service(ecs);
        return service.deployments().size() == 1 && "COMPLETED".equals(service.primaryDeployment().rolloutState())
                && service.runningCount() == service.desiredCount();
    }

    /** Controls such as tab and split panes add their content to the scene graph in the CSS and layout pass. */
    private static void laidOut(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
    }

    @SuppressWarnings("unchecked")
    private static <R> TableView<R> table(Scene scene, String id) {
        return (TableView<R>) scene.lookup(id);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }
}
