package dev.berth.ui.rollout;

import dev.berth.core.rollout.DeploymentHistory;
import dev.berth.core.rollout.DeploymentSpan;
import dev.berth.ui.common.PngWriter;
import dev.berth.ui.common.RowTable;
import dev.berth.ui.common.TimeText;
import dev.berth.ui.common.ToolButton;
import dev.berth.ui.theme.BerthStyles;
import dev.berth.ui.theme.StatusTone;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * A service's Deployments tab: its deployments, current and earlier, and the selected one's timeline, live while it
 * is under way and replayable once it settled (play, pause, speed, a scrubber), with zoom and export.
 */
public final class DeploymentsPane extends BorderPane {
    private static final double ZOOM_STEP = 1.5;
    /** Room for the header and three deployments: the current one, the one it replaced, and one more. */
    private static final double TABLE_HEIGHT = 118;

    private final DeploymentsViewModel viewModel;
    private final RowTable<DeploymentRow> table;
    private final DeploymentTimeline timeline = new DeploymentTimeline();
    private final Slider scrubber = new Slider();
    private final Label moment = new Label();
    private final Label state = new Label();
    private final ToolButton play;
    private boolean movingScrubber;
    private DeploymentRow newest;

    public DeploymentsPane(DeploymentsViewModel viewModel) {
        this.viewModel = viewModel;
        setId("deployments-pane");
        table = deploymentsTable();
        viewModel.selectedProperty().bind(table.selectedRowProperty().flatMap(DeploymentRow::itemProperty));
        table.getItems().addListener((ListChangeListener<DeploymentRow>) change -> followNewest());

        timeline.setId("deployment-timeline");
        timeline.historyProperty().bind(viewModel.shownProperty());
        timeline.playheadProperty().bind(viewModel.playheadProperty());
        timeline.newRevisionProperty().bind(viewModel.selectedProperty().map(DeploymentSpan::taskDefinition));

        play = new ToolButton("deployments-play", "Replay", MaterialDesignP.PLAY, this::togglePlay);
        play.disableProperty().bind(viewModel.liveProperty().or(viewModel.shownProperty().isNull()));
        viewModel.playingProperty().addListener((observable, old, playing) -> {
            play.setText(playing ? "Pause" : "Replay");
            play.setGraphic(new FontIcon(playing ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY));
        });
        ComboBox<ReplaySpeed> speed = new ComboBox<>();
        speed.setId("deployments-speed");
        speed.getItems().setAll(ReplaySpeed.values());
        speed.valueProperty().bindBidirectional(viewModel.speedProperty());
        speed.disableProperty().bind(play.disableProperty());
        scrubber.setId("deployments-scrubber");
        scrubber.disableProperty().bind(play.disableProperty());
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        scrubber.setMaxWidth(Double.MAX_VALUE);
        scrubber.valueProperty().addListener((observable, old, value) -> scrubbed(value.doubleValue()));
        viewModel.playheadProperty().addListener((observable, old, at) -> showMoment());
        viewModel.shownProperty().addListener((observable, old, story) -> showMoment());
        viewModel.liveProperty().addListener((observable, old, live) -> showMoment());
        state.setId("deployments-state");
        state.getStyleClass().add(BerthStyles.STATUS_BADGE);
        moment.setId("deployments-moment");
        moment.setMinWidth(Region.USE_PREF_SIZE);
        playWhilePlaying();

        HBox controls = new HBox(state, play, speed, scrubber, moment, zoomButtons(), exportMenu());
        controls.getStyleClass().add(BerthStyles.TOOL_BAR);
        BorderPane timelinePane = new BorderPane(timeline);
        timelinePane.setTop(controls);
        SplitPane split = new SplitPane(table, timelinePane);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.24);
        table.setMinHeight(TABLE_HEIGHT);
        SplitPane.setResizableWithParent(table, false);
        setCenter(split);

        Label error = new Label();
        error.getStyleClass().add(BerthStyles.ERROR_BANNER);
        error.setId("deployments-error");
        error.textProperty().bind(Bindings.createStringBinding(() -> viewModel.errorProperty().get() != null
                ? viewModel.errorProperty().get() : viewModel.noticeProperty().get(), viewModel.errorProperty(),
                viewModel.noticeProperty()));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        setBottom(error);
        BorderPane.setMargin(error, new Insets(0));
        showMoment();
    }

    private RowTable<DeploymentRow> deploymentsTable() {
        RowTable<DeploymentRow> deployments = new RowTable<>("service-deployments", viewModel.rows().visible(),
                "Select a service to see its deployments.");
        deployments.addTextColumn("Deployment", 215, DeploymentRow::deploymentIdProperty);
        deployments.addStatusColumn("Status", 90, DeploymentRow::statusProperty);
        deployments.addTextColumn("Task definition", 140, DeploymentRow::taskDefinitionProperty);
        deployments.addNumberColumn("Desired", 80, DeploymentRow::desiredProperty);
        deployments.addNumberColumn("Pending", 80, DeploymentRow::pendingProperty);
        deployments.addNumberColumn("Running", 80, DeploymentRow::runningProperty);
        deployments.addNumberColumn("Failed tasks", 100, DeploymentRow::failedTasksProperty);
        deployments.addStatusColumn("Rollout", 115, DeploymentRow::rolloutStateProperty);
        deployments.addTimeColumn("Created", 160, DeploymentRow::createdAtProperty);
        deployments.addTimeColumn("Finished", 160, DeploymentRow::finishedAtProperty);
        deployments.addTextColumn("Reason", 380, DeploymentRow::rolloutStateReasonProperty);
        return deployments;
    }

    /**
     * The newest deployment is the one a person looking at a service wants first; one watching the newest moves on
     * to the next when it starts.
     */
    private void followNewest() {
        DeploymentRow selectedRow = table.getSelectionModel().getSelectedItem();
        if ((selectedRow == null || selectedRow == newest) && !table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
        newest = table.getItems().isEmpty() ? null : table.getItems().get(0);
    }

    private HBox zoomButtons() {
        ToolButton in = new ToolButton("timeline-zoom-in", "", MaterialDesignM.MAGNIFY_PLUS_OUTLINE,
                () -> zoom(1 / ZOOM_STEP));
        ToolButton out = new ToolButton("timeline-zoom-out", "", MaterialDesignM.MAGNIFY_MINUS_OUTLINE,
                () -> zoom(ZOOM_STEP));
        ToolButton all = new ToolButton("timeline-show-all", "", MaterialDesignF.FIT_TO_PAGE_OUTLINE, () -> {
            timeline.showAll();
            timeline.followProperty().set(true);
        });
        HBox buttons = new HBox(2, in, out, all);
        buttons.disableProperty().bind(viewModel.shownProperty().isNull());
        return buttons;
    }

    /** Zooms around the playhead when replaying, else around the middle of what is shown. */
    private void zoom(double factor) {
        Instant from = timeline.visibleFromProperty().get();
        Instant to = timeline.visibleToProperty().get();
        if (from == null) {
            return;
        }
        Instant anchor = viewModel.playheadProperty().get() != null ? viewModel.playheadProperty().get()
                : from.plusMillis(Duration.between(from, to).toMillis() / 2);
        timeline.zoom(factor, anchor);
    }

    private MenuButton exportMenu() {
        MenuButton export = new MenuButton("Export", new FontIcon(MaterialDesignE.EXPORT_VARIANT));
        export.setId("deployments-export");
        export.getItems().addAll(
                exportItem("Timeline as PNG…", ".png", "PNG image", "*.png", this::writeTimelinePng),
                exportItem("History as JSON…", ".json", "JSON", "*.json", viewModel::exportJson),
                exportItem("Task phases as CSV…", "-phases.csv", "CSV", "*.csv", viewModel::exportPhasesCsv),
                exportItem("Counts as CSV…", "-counts.csv", "CSV", "*.csv", viewModel::exportSeriesCsv),
                exportItem("Events as CSV…", "-events.csv", "CSV", "*.csv", viewModel::exportEventsCsv));
        export.disableProperty().bind(viewModel.shownProperty().isNull());
        return export;
    }

    private MenuItem exportItem(String text, String suffix, String kind, String pattern, Consumer<Path> save) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export " + text.replace("…", ""));
            chooser.setInitialFileName(viewModel.suggestedFileName(suffix));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
            java.io.File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                save.accept(file.toPath());
            }
        });
        return item;
    }

    /** Writes the timeline as it is drawn now; the picture is small, so this stays on the FX thread. */
    public void writeTimelinePng(Path file) {
        try {
            PngWriter.write(timeline.snapshot(null, null), file);
            viewModel.noteSaved(file, null);
        } catch (IOException e) {
            viewModel.noteSaved(file, e);
        }
    }

    private void togglePlay() {
        if (viewModel.playingProperty().get()) {
            viewModel.pause();
        } else {
            viewModel.play();
        }
    }

    /** Moves the replay on at each frame while playing. */
    private void playWhilePlaying() {
        AnimationTimer frames = new AnimationTimer() {
            private long last;

            @Override
            public void start() {
                last = 0;
                super.start();
            }

            @Override
            public void handle(long now) {
                if (last != 0) {
                    viewModel.advance(Duration.ofNanos(now - last));
                }
                last = now;
            }
        };
        viewModel.playingProperty().addListener((observable, old, playing) -> {
            if (playing) {
                frames.start();
            } else {
                frames.stop();
            }
        });
    }

    private void scrubbed(double millis) {
        DeploymentHistory story = viewModel.shownProperty().get();
        if (movingScrubber || story == null || viewModel.liveProperty().get()) {
            return;
        }
        viewModel.playheadProperty().set(story.from().plusMillis(Math.round(millis)));
    }

    /** The state badge, the scrubber's range and position, and the moment shown. */
    private void showMoment() {
        DeploymentHistory story = viewModel.shownProperty().get();
        boolean live = viewModel.liveProperty().get();
        state.setText(story == null ? "" : live ? "LIVE" : "FINISHED");
        state.getStyleClass().removeAll(StatusTone.GOOD.styleClass(), StatusTone.DONE.styleClass());
        state.getStyleClass().add(live ? StatusTone.GOOD.styleClass() : StatusTone.DONE.styleClass());
        state.setVisible(story != null);
        movingScrubber = true;
        if (story == null) {
            scrubber.setMax(1);
            scrubber.setValue(0);
            moment.setText("");
        } else {
            Instant at = viewModel.playheadProperty().get() == null ? story.to() : viewModel.playheadProperty().get();
            scrubber.setMax(Math.max(1, Duration.between(story.from(), story.to()).toMillis()));
            scrubber.setValue(Duration.between(story.from(), at).toMillis());
            moment.setText(TimeText.time(at));
        }
        movingScrubber = false;
    }

    public DeploymentTimeline timeline() {
        return timeline;
    }
}
