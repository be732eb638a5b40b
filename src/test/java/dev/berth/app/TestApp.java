package dev.berth.app;

import dev.berth.core.settings.BerthHome;
import dev.berth.core.settings.SettingsFile;
import dev.berth.sim.store.WorldStore;
import dev.berth.training.LessonCatalog;
import dev.berth.training.Training;
import dev.berth.training.TrainingProgress;
import dev.berth.ui.common.DirectBackgroundTasks;
import dev.berth.ui.shell.MainWindow;
import dev.berth.ui.shell.ViewSnapshots;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * The app as {@code BerthApp} puts it together, in a fresh home under {@code root}: the demo world behind a
 * {@link WorldSwitch} (which is also the connection picker's list), the lessons, and the main window with synchronous
 * background work and no automatic refresh.
 */
record TestApp(WorldSwitch worlds, MainWindow window) implements AutoCloseable {

    static TestApp open(Stage stage, Path root, Instant wall) {
        BerthHome home = new BerthHome(root.resolve("home-" + System.nanoTime()));
        WorldStore.OpenedWorld demo = new WorldStore().open(home.world("demo"), "demo", wall,
                new WorldStore.NewWorld(1, true));
        WorldSwitch worlds = new WorldSwitch(home, new WorldStore(), "demo", demo, () -> wall);
        Training training = new Training(LessonCatalog.load(), TrainingProgress.open(TrainingProgress.fileIn(home),
                wall), worlds);
        MainWindow window = new MainWindow(worlds.gateway(), new DirectBackgroundTasks(), Clock.systemUTC(),
                SettingsFile.in(home), null, training, worlds);
        window.show(stage);
        return new TestApp(worlds, window);
    }

    /** With {@code -Dberth.snapshots=DIR}, keeps a picture of the window for people to look at. */
    void snapshot(FxRobot robot, String name) {
        String directory = System.getProperty("berth.snapshots");
        if (directory == null) {
            return;
        }
        robot.interact(() -> {
            try {
                ViewSnapshots.write(window.scene(), Path.of(directory).resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void close() {
        worlds.close();
    }
}
