package dev.berth.app;

import dev.berth.core.gateway.Gateway;
import dev.berth.core.settings.BerthHome;
import dev.berth.ui.shell.MainWindow;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The composition root: picks the gateway, builds the main window. */
public final class BerthApp extends Application {

    public static void main(String[] args) {
        launch(BerthApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Berth");
        stage.setScene(new Scene(new Label("Berth"), 1200, 800));
        stage.show();
    }

    // ---- UI entry point (branch ui) -------------------------------------------------------------------------
    /**
     * Builds and shows Berth's main window on {@code gateway} in {@code stage}: navigation, the four ECS areas and
     * the status bar, refreshing every 2 s on the simulator (10 s on AWS), settings under {@code ~/.berth}. For
     * {@code --snapshot DIR}, build {@code new MainWindow(gateway, new DirectBackgroundTasks(), clock, settings,
     * null)} instead and call {@code ViewSnapshots.writeAll(window, dir)} on the FX thread.
     */
    static MainWindow openMainWindow(Stage stage, Gateway gateway) {
        return MainWindow.open(stage, gateway, BerthHome.fromEnvironment());
    }
    // ----------------------------------------------------------------------------------------------------------
}
