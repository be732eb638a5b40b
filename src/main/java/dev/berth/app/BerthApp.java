package dev.berth.app;

import dev.berth.core.gateway.Connection;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.settings.BerthHome;
import dev.berth.core.settings.LastConnectionFile;
import dev.berth.core.settings.SettingsFile;
import dev.berth.sim.store.SqliteNativeLibrary;
import dev.berth.sim.store.WorldStore;
import dev.berth.training.LessonCatalog;
import dev.berth.training.Training;
import dev.berth.training.TrainingProgress;
import dev.berth.ui.common.Browser;
import dev.berth.ui.common.DirectBackgroundTasks;
import dev.berth.ui.shell.MainWindow;
import dev.berth.ui.shell.OpeningWorldWindow;
import dev.berth.ui.shell.ViewSnapshots;
import dev.berth.ui.theme.Theme;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The composition root: opens the simulator world (while JavaFX starts), drives its clock, and builds the main
 * window on it, with the lessons of the Training area, whose practice worlds it switches to and from. {@code --world NAME} picks the world; {@code --snapshot DIR} writes a picture of every view and exits.
 */
public final class BerthApp extends Application {
    private static AppOptions options;
    private static BerthHome home;
    private static CompletableFuture<StartingWorld> choosing;
    private static CompletableFuture<WorldStore.OpenedWorld> opening;
    private static CompletableFuture<WorldSwitch> switching;
    private static final WorldStore.Replay REPLAY = new WorldStore.Replay();
    /** How long the first window waits for the world before it says it is replaying a long history. */
    private static final Duration PATIENCE = Duration.ofSeconds(1);

    private WorldSwitch worlds;

    public static void main(String[] args) {
        if (List.of(args).contains("--help")) {
            System.out.println(AppOptions.USAGE);
            return;
        }
        try {
            options = AppOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("berth: " + e.getMessage());
            System.err.println(AppOptions.USAGE);
            System.exit(2);
        }
        home = BerthHome.fromEnvironment();
        Instant wallNow = Instant.now();
        // The world is chosen and opened on its own thread while JavaFX starts, and the gateway over it made. Reading
        // the last connection wakes JSON, which would hold up JavaFX's start on this thread.
        choosing = CompletableFuture.supplyAsync(() -> {
            SqliteNativeLibrary.useCacheIn(home.cache());
            Optional<Connection> last = LastConnectionFile.in(home).load();
            return new StartingWorld(startingWorld(options, last), last);
        }, BerthApp::startThread);
        opening = choosing.thenApply(chosen -> new WorldStore().open(home.world(chosen.name()), chosen.name(), wallNow,
                new WorldStore.NewWorld(wallNow.toEpochMilli(), true), REPLAY));
        switching = opening.thenCombine(choosing, (world, chosen) -> new WorldSwitch(home, new WorldStore(),
                chosen.name(), world, Instant::now));
        JavaFxClassPathWarning.silence();
        launch(BerthApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartingWorld chosen = choosing.join();
        // The theme's stylesheet is parsed while the world is still opening (a tenth of a second of this thread);
        // the main window's own Theme.apply then finds it set.
        Theme.apply(SettingsFile.in(home).load().theme());
        if (settledWithinPatience()) {
            openMainWindow(stage, chosen);
            return;
        }
        OpeningWorldWindow waiting = new OpeningWorldWindow(chosen.name(), () -> REPLAY.position()
                .map(at -> new OpeningWorldWindow.Progress(at.fraction(), at.reached(), at.until())));
        waiting.show();
        switching.whenComplete((worldSwitch, failure) -> Platform.runLater(() -> {
            try {
                openMainWindow(stage, chosen);
            } finally {
                // After the main window: with no window showing JavaFX ends the app, as it should if that failed.
                waiting.close();
            }
        }));
    }

    /** Whether the world is open, or failed to open, within {@link #PATIENCE}. */
    private static boolean settledWithinPatience() {
        try {
            switching.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private void openMainWindow(Stage stage, StartingWorld chosen) {
        WorldStore.OpenedWorld world;
        try {
            world = opening.join();
            worlds = switching.join();
        } catch (CompletionException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, "Berth could not open the world '" + chosen.name()
                    + "' in " + home.world(chosen.name()) + ": " + e.getCause().getMessage());
            alert.setHeaderText("The simulator world cannot be opened");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        FutureTask<LessonCatalog> lessons = new FutureTask<>(LessonCatalog::load);
        Training training = new Training(() -> firstResult(lessons),
                TrainingProgress.open(TrainingProgress.fileIn(home), Instant.now()), worlds);
        if (options.snapshotDir() != null) {
            writeSnapshots(stage, worlds.gateway(), training, options.snapshotDir());
            return;
        }
        stage.getProperties().put(Browser.KEY, new DesktopBrowser(getHostServices()));
        MainWindow window = MainWindow.open(stage, worlds.gateway(), home, training, worlds);
        // Real AWS is offered, not entered: the user confirms, and it opens read-only as always.
        chosen.lastConnection().filter(Connection::isAws).ifPresent(window::offerConnection);
        worlds.start();
        window.whenPopulated(() -> {
            logColdStart();
            // Read before the Training area is first opened, but after the first frame, which it would slow.
            startThread(lessons);
        });
        world.notice().ifPresent(notice -> warn(stage, "The saved world was unreadable", notice));
        training.progress().notice().ifPresent(notice -> warn(stage, "Your training progress was unreadable", notice));
    }

    private static void startThread(Runnable runnable) {
        Thread thread = new Thread(runnable, "berth-startup");
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs {@code task} unless another thread already has (then waits for it): a value made once, by its first user. */
    private static <T> T firstResult(FutureTask<T> task) {
        task.run();
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the lessons", e);
        }
    }

    /** What a cold start cost, up to the first frame showing the first area's rows (scripts/measure-cold-start.sh). */
    private static void logColdStart() {
        long millis = System.currentTimeMillis() - FastStart.launchedAtMillis();
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
        long fxThreadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        System.err.printf("Berth: window shown and populated %d ms after the JVM started (%d ms of CPU, %d ms of it"
                        + " on the FX thread, %d classes loaded)%n", millis, cpu, fxThreadCpu,
                ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
    }

    /**
     * The world to open: the one named by {@code --world}, else the world chosen last time (an AWS connection is
     * offered once the window is up), else the demo world.
     */
    static String startingWorld(AppOptions options, Optional<Connection> last) {
        if (options.world() != null) {
            return options.world();
        }
        return last.filter(connection -> !connection.isAws()).map(Connection::name)
                .filter(AppOptions::isWorldName).orElse(AppOptions.DEMO);
    }

    private static void warn(Stage owner, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.WARNING, text);
        alert.setHeaderText(header);
        alert.initOwner(owner);
        alert.show();
    }

    private void writeSnapshots(Stage stage, Gateway gateway, Training training, Path directory) {
        MainWindow window = new MainWindow(gateway, new DirectBackgroundTasks(), Clock.systemDefaultZone(),
                SettingsFile.in(home), Duration.ZERO, training);
        stage.setScene(window.scene());
        stage.show();
        try {
            ViewSnapshots.writeAll(window, directory).forEach(file -> System.out.println("wrote " + file));
        } catch (IOException e) {
            System.err.println("berth: cannot write snapshots into " + directory + ": " + e.getMessage());
        }
        Platform.exit();
    }

    @Override
    public void stop() {
        if (worlds != null) {
            worlds.close();
            return;
        }
        // Closed while the world was still opening (from the opening window): let it finish rather than end the JVM
        // halfway through writing a new world, then close it.
        try {
            switching.join().close();
        } catch (CompletionException e) {
            // It could not be opened: nothing to close.
        }
    }

    /** The world a start opens, and the connection chosen last time (offered again if it was AWS). */
    private record StartingWorld(String name, Optional<Connection> lastConnection) {
    }

    /** The GUI's command line. */
    record AppOptions(String world, Path snapshotDir) {
        static final String USAGE = "usage: berth [--world NAME] [--snapshot DIR] | berth serve --help";
        static final String DEMO = "demo";

        /** {@code world} is null when {@code --world} is not given. */
        static AppOptions parse(String[] args) {
            String world = null;
            Path snapshot = null;
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                String value = args[++i];
                switch (name) {
                    case "--world" -> world = worldName(value);
                    case "--snapshot" -> snapshot = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + name);
                }
            }
            return new AppOptions(world, snapshot);
        }

        static boolean isWorldName(String value) {
            return value.matches("[A-Za-z0-9_-]{1,64}");
        }

        private static String worldName(String value) {
            if (!isWorldName(value)) {
                throw new IllegalArgumentException("a world name is 1-64 letters, digits, '-' or '_', not '"
                        + value + "'");
            }
            return value;
        }
    }
}
