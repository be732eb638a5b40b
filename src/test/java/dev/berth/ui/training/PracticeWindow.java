package dev.berth.ui.training;

import dev.berth.core.gateway.Gateway;
import dev.berth.core.settings.SettingsFile;
import dev.berth.training.FreshWorld;
import dev.berth.training.Training;
import dev.berth.ui.common.DirectBackgroundTasks;
import dev.berth.ui.shell.MainWindow;
import dev.berth.ui.shell.ViewSnapshots;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;

/** The main window on one simulator world whose lessons practise in that world, as the training GUI tests use it. */
final class PracticeWindow {
    private final MainWindow window;

    private PracticeWindow(MainWindow window) {
        this.window = window;
    }

    static PracticeWindow show(Stage stage, Gateway world, Path home, Path progressFile) {
        MainWindow window = new MainWindow(world, new DirectBackgroundTasks(), Clock.systemUTC(),
                new SettingsFile(home.resolve("settings.json")), null,
                Training.inCurrentWorld(world, progressFile, FreshWorld.START));
        window.show(stage);
        return new PracticeWindow(window);
    }

    /** With -Dberth.snapshots=DIR, keeps a picture of the window for people to look at. */
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
}
