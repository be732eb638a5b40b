package dev.berth.ui.shell;

import atlantafx.base.theme.Styles;
import dev.berth.ui.common.TimeText;
import dev.berth.ui.theme.Theme;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Shown at start while a world with a long history is replayed (a world left at full speed for a minute has years of
 * simulated time to run again), so the user sees Berth opening it, and how far it has come, rather than nothing.
 */
public final class OpeningWorldWindow {
    /** How far the replay has come: from 0 to 1, and the simulated time reached of the time the world was left at. */
    public record Progress(double fraction, Instant reached, Instant until) {
    }

    private static final Duration POLL = Duration.millis(200);

    private final Supplier<Optional<Progress>> progress;
    private final Stage stage = new Stage();
    private final Label detail = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final Timeline poll = new Timeline(new KeyFrame(POLL, event -> refresh()));

    /** {@code progress} is empty until the world's history has been read and its replay begins. */
    public OpeningWorldWindow(String worldName, Supplier<Optional<Progress>> progress) {
        this.progress = progress;
        Label title = new Label("Opening the world '" + worldName + "'");
        title.getStyleClass().add(Styles.TITLE_4);
        detail.setId("opening-world-detail");
        bar.setId("opening-world-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        VBox content = new VBox(12, title, detail, bar);
        content.setPadding(new Insets(24));
        content.setPrefWidth(640);
        Scene scene = new Scene(content);
        Theme.style(scene);
        stage.setTitle("Berth");
        stage.setScene(scene);
        poll.setCycleCount(Animation.INDEFINITE);
        refresh();
    }

    public void show() {
        stage.show();
        poll.play();
    }

    public void close() {
        poll.stop();
        stage.close();
    }

    void refresh() {
        Optional<Progress> now = progress.get();
        detail.setText(now.map(at -> "Replaying its simulated history: " + TimeText.dateTime(at.reached()) + " of "
                + TimeText.dateTime(at.until())).orElse("Reading its history…"));
        bar.setProgress(now.map(Progress::fraction).orElse(0.0));
    }

    Stage stage() {
        return stage;
    }
}
