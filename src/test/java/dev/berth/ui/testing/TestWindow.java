package dev.berth.ui.testing;

import dev.berth.core.gateway.Gateway;
import dev.berth.core.settings.SettingsFile;
import dev.berth.ui.common.DirectBackgroundTasks;
import dev.berth.ui.shell.MainWindow;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;

/** Opens the real main window for a GUI test: synchronous background work, no periodic refresh, settings in a temp dir. */
public final class TestWindow {

    private TestWindow() {
    }

    public static MainWindow open(Stage stage, Gateway gateway, Path settingsDirectory) {
        MainWindow window = new MainWindow(gateway, new DirectBackgroundTasks(), Clock.systemUTC(),
                new SettingsFile(settingsDirectory.resolve("settings.json")), null);
        window.show(stage);
        return window;
    }
}
