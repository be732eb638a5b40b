package dev.berth.app;

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
}
