package dev.berth.ui.shell;

import dev.berth.core.gateway.Connection;
import dev.berth.core.gateway.Connections;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.settings.BerthHome;
import dev.berth.core.settings.SettingsFile;
import dev.berth.core.settings.WindowBounds;
import dev.berth.training.Training;
import dev.berth.training.TrainingProgress;
import dev.berth.ui.apprunner.AppRunnerView;
import dev.berth.ui.apprunner.AppRunnerViewModel;
import dev.berth.ui.clusters.ClustersView;
import dev.berth.ui.clusters.ClustersViewModel;
import dev.berth.ui.common.AreaFrame;
import dev.berth.ui.common.BackgroundTasks;
import dev.berth.ui.common.ClusterSelection;
import dev.berth.ui.common.FxBackgroundTasks;
import dev.berth.ui.common.WriteLock;
import dev.berth.ui.connection.ConnectionDialog;
import dev.berth.ui.connection.ConnectionsViewModel;
import dev.berth.ui.ecr.ImagesView;
import dev.berth.ui.ecr.ImagesViewModel;
import dev.berth.ui.eks.EksView;
import dev.berth.ui.eks.EksViewModel;
import dev.berth.ui.services.ServicesView;
import dev.berth.ui.services.ServicesViewModel;
import dev.berth.ui.taskdefs.TaskDefinitionsView;
import dev.berth.ui.taskdefs.TaskDefinitionsViewModel;
import dev.berth.ui.tasks.TasksView;
import dev.berth.ui.tasks.TasksViewModel;
import dev.berth.ui.theme.BerthStyles;
import dev.berth.ui.theme.Theme;
import dev.berth.ui.training.TrainingView;
import dev.berth.ui.training.TrainingViewModel;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The main window: navigation on the left, the current area in the middle, the status bar below. Refreshes the
 * current area on F5 and by itself: on the simulator at a fixed interval, on real AWS at a pace that follows what
 * is happening ({@link RefreshPace}); never while the window is minimised. Ctrl+1..9 switch areas, Ctrl+F focuses
 * the filter. The status bar's backend button switches connections. Remembers theme, window bounds and the last
 * area.
 */
public final class MainWindow {
    /** How often the simulator is re-read: its scheduler moves every 15 simulated seconds. */
    public static final Duration SIMULATOR_REFRESH = Duration.ofSeconds(2);
    private static final double DEFAULT_WIDTH = 1360;
    private static final double DEFAULT_HEIGHT = 840;

    private final ShellViewModel viewModel;
    private final ClustersViewModel clusters;
    private final Training lessons;
    private final Clock wallClock;
    /** Built with the Training area (a lesson opens only there), so the window appears sooner. */
    private TrainingView training;
    /** Areas are built the first time they are shown: the window appears sooner and unused areas cost nothing. */
    private final Map<Area, Supplier<AreaFrame>> areaBuilders = new EnumMap<>(Area.class);
    private final Map<Area, AreaFrame> areas = new EnumMap<>(Area.class);
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ListView<Area> navigation;
    private final Gateway gateway;
    private final BackgroundTasks background;
    private final Connections connections;
    private final Duration simulatorInterval;
    private final RefreshPace pace = new RefreshPace();
    private final PauseTransition nextRefresh = new PauseTransition();
    private Scene scene;

    /**
     * The window's content, with lessons practised in {@code gateway}'s world and progress kept beside the settings
     * file (at the root of Berth's home). {@code refreshInterval} null or zero: refresh only on demand (tests).
     */
    public MainWindow(Gateway gateway, BackgroundTasks background, Clock wallClock, SettingsFile settings,
                      Duration refreshInterval) {
        this(gateway, background, wallClock, settings, refreshInterval, Training.inCurrentWorld(gateway,
                TrainingProgress.fileIn(new BerthHome(settings.path().toAbsolutePath().getParent())),
                wallClock.instant()));
    }

    /** The window's content, with {@code training} for the Training area and the lesson pane. */
    public MainWindow(Gateway gateway, BackgroundTasks background, Clock wallClock, SettingsFile settings,
                      Duration refreshInterval, Training training) {
        this(gateway, background, wallClock, settings, refreshInterval, training, null);
    }

    /**
     * As above, with {@code connections} to switch between (null: the backend button only shows the backend).
     * {@code refreshInterval} is the simulator's; real AWS follows its own pace.
     */
    public MainWindow(Gateway gateway, BackgroundTasks background, Clock wallClock, SettingsFile settings,
                      Duration refreshInterval, Training training, Connections connections) {
        this.gateway = gateway;
        this.background = background;
        this.connections = connections;
        this.simulatorInterval = refreshInterval;
        viewModel = new ShellViewModel(gateway, background, settings);
        // Before the first control: a control class's first use loads JavaFX's own Modena stylesheet (about 5 % of
        // the FX thread's start-up) unless a user agent stylesheet is already set.
        Theme.apply(viewModel.themeProperty().get());
        viewModel.themeProperty().addListener((observable, old, theme) -> Theme.apply(theme));
        navigation = new ListView<>(FXCollections.observableArrayList(Area.values()));
        WriteLock writes = viewModel.writeLock();
        ClusterSelection selection = new ClusterSelection();
        clusters = new ClustersViewModel(gateway, background, wallClock, selection);
        areaBuilders.put(Area.CLUSTERS, () -> new ClustersView(clusters, selection, writes).frame());
        areaBuilders.put(Area.SERVICES, () -> new ServicesView(
                new ServicesViewModel(gateway, background, wallClock, selection), selection, writes).frame());
        areaBuilders.put(Area.TASK_DEFINITIONS, () -> new TaskDefinitionsView(
                new TaskDefinitionsViewModel(gateway, background, wallClock), writes).frame());
        areaBuilders.put(Area.TASKS, () -> new TasksView(
                new TasksViewModel(gateway, background, wallClock, selection), selection, writes).frame());
        areaBuilders.put(Area.IMAGES, () -> new ImagesView(new ImagesViewModel(gateway, background, wallClock),
                writes).frame());
        areaBuilders.put(Area.KUBERNETES, () -> new EksView(new EksViewModel(gateway, background, wallClock),
                writes).frame());
        areaBuilders.put(Area.APP_RUNNER, () -> new AppRunnerView(
                new AppRunnerViewModel(gateway, background, wallClock), writes).frame());
        this.lessons = training;
        this.wallClock = wallClock;
        areaBuilders.put(Area.TRAINING, () -> trainingView().frame());

        navigation.setId("nav");
        navigation.getStyleClass().add(BerthStyles.NAVIGATION);
        navigation.setCellFactory(list -> new AreaCell());
        navigation.getSelectionModel().select(viewModel.areaProperty().get());
        navigation.getSelectionModel().selectedItemProperty().addListener((observable, old, area) -> {
            if (area != null) {
                viewModel.areaProperty().set(area);
            }
        });
        viewModel.areaProperty().addListener((observable, old, area) -> {
            navigation.getSelectionModel().select(area);
            showArea(area);
            refreshNow();
        });
        content.setId("content");
        showArea(viewModel.areaProperty().get());

        root.setLeft(navigation);
        root.setCenter(content);
        root.setBottom(new StatusBar(viewModel, currentRefreshTime(), this::refreshNow, this::refreshNow,
                connections == null ? null : this::chooseConnection));
        nextRefresh.setOnFinished(event -> {
            refreshNow();
            scheduleRefresh();
        });
    }

    /**
     * What the app calls: a main window on {@code gateway} in {@code stage}, settings in {@code home}, lessons from
     * {@code training}, switching between {@code connections}, background work on a small thread pool, refreshing
     * every 2 s on the simulator and at {@link RefreshPace}'s pace on AWS.
     */
    public static MainWindow open(Stage stage, Gateway gateway, BerthHome home, Training training,
                                  Connections connections) {
        FxBackgroundTasks background = new FxBackgroundTasks();
        MainWindow window = new MainWindow(gateway, background, Clock.systemDefaultZone(), SettingsFile.in(home),
                SIMULATOR_REFRESH, training, connections);
        window.show(stage);
        stage.setOnHidden(event -> background.shutdown());
        return window;
    }

    /** Shows the window where it was last time (or centred), with the remembered theme, and starts refreshing. */
    public void show(Stage stage) {
        stage.titleProperty().bind(Bindings.concat("Berth — ", viewModel.backendNameProperty()));
        stage.setScene(scene());
        placeOnScreen(stage, viewModel.settings().window());
        stage.iconifiedProperty().addListener((observable, old, iconified) -> {
            if (iconified) {
                nextRefresh.stop();
            } else {
                refreshNow();
                scheduleRefresh();
            }
        });
        // Set, not added: a stage shown again with a new window (as the GUI tests do) remembers only that window's
        // bounds, in that window's settings.
        stage.setOnHiding(event -> {
            nextRefresh.stop();
            viewModel.rememberWindow(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight()));
        });
        stage.show();
        refreshNow();
        scheduleRefresh();
    }

    /** Plans the next automatic refresh: the simulator's interval, or AWS's pace (null interval: tests, none). */
    private void scheduleRefresh() {
        if (simulatorInterval == null || simulatorInterval.isZero()) {
            return;
        }
        Duration wait;
        if (gateway.simulationClock().isPresent()) {
            wait = simulatorInterval;
        } else {
            var calls = viewModel.lastRefreshCalls();
            boolean changing = area(currentArea()).changing() || clusters.changing();
            wait = pace.next(changing, calls.throttled() > 0 || calls.attempts() > calls.total());
        }
        nextRefresh.setDuration(javafx.util.Duration.millis(wait.toMillis()));
        nextRefresh.playFromStart();
    }

    /** Opens the connection picker; after a switch every view shows the new backend. */
    private void chooseConnection() {
        ConnectionDialog.show(root.getScene().getWindow(), new ConnectionsViewModel(connections, background,
                this::connectionChanged));
    }

    /** The connection picker with {@code last} (the connection chosen last time) selected, to reopen it. */
    public void offerConnection(Connection last) {
        ConnectionDialog.show(root.getScene().getWindow(), new ConnectionsViewModel(connections, background,
                this::connectionChanged).preferring(last));
    }

    /** Re-reads what the backend is now (clock, account, writes) and refreshes everything on it. */
    public void connectionChanged() {
        viewModel.connectionChanged();
        refreshNow();
        if (nextRefresh.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            scheduleRefresh();
        }
    }

    /** The scene with theme, stylesheet and keyboard shortcuts; made once. */
    public Scene scene() {
        if (scene == null) {
            scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
            Theme.style(scene);
            addShortcuts(scene);
        }
        return scene;
    }

    /**
     * Runs {@code action} once, right after the first frame is laid out in which the current area shows the answer
     * of its first read: the moment a user starting the app waits for.
     */
    public void whenPopulated(Runnable action) {
        ReadOnlyObjectProperty<Instant> refreshed = area(currentArea()).refreshedAtProperty();
        Runnable afterNextLayout = new Runnable() {
            @Override
            public void run() {
                scene().removePostLayoutPulseListener(this);
                action.run();
            }
        };
        if (refreshed.get() != null) {
            afterNextFrame(afterNextLayout);
            return;
        }
        refreshed.addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable observable) {
                refreshed.removeListener(this);
                afterNextFrame(afterNextLayout);
            }
        });
    }

    private void afterNextFrame(Runnable listener) {
        scene().addPostLayoutPulseListener(listener);
        Platform.requestNextPulse();
    }

    private void addShortcuts(Scene target) {
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
                KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
        for (Area area : Area.values()) {
            target.getAccelerators().put(new KeyCodeCombination(digits[area.ordinal()], KeyCombination.SHORTCUT_DOWN),
                    () -> switchTo(area));
        }
        target.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> area(currentArea()).focusFilter());
        target.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), this::refreshNow);
    }

    private static void placeOnScreen(Stage stage, WindowBounds saved) {
        if (saved != null && !Screen.getScreensForRectangle(new Rectangle2D(saved.x(), saved.y(), saved.width(),
                saved.height())).isEmpty()) {
            stage.setX(saved.x());
            stage.setY(saved.y());
            stage.setWidth(saved.width());
            stage.setHeight(saved.height());
        } else {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
            stage.centerOnScreen();
        }
    }

    public void switchTo(Area area) {
        viewModel.areaProperty().set(area);
    }

    public Area currentArea() {
        return viewModel.areaProperty().get();
    }

    /** Re-reads the current area (and, for per-cluster areas, the cluster list), the clock and the open lesson. */
    public void refreshNow() {
        viewModel.markRefresh();
        viewModel.readClock();
        Area area = currentArea();
        if (area.perCluster()) {
            clusters.refresh();
        }
        area(area).refresh();
        if (training != null) {
            training.checkLesson();
        }
    }

    public Parent root() {
        return root;
    }

    /** The Training area's view, with the lesson pane it opens lessons in beside every area. */
    private TrainingView trainingView() {
        if (training == null) {
            training = new TrainingView(new TrainingViewModel(lessons, background, wallClock, this::refreshNow));
            root.setRight(training.lessonPane());
        }
        return training;
    }

    private AreaFrame area(Area area) {
        return areas.computeIfAbsent(area, key -> areaBuilders.get(key).get());
    }

    private void showArea(Area area) {
        content.getChildren().setAll(area(area));
    }

    private ObservableValue<Instant> currentRefreshTime() {
        return viewModel.areaProperty().flatMap(area -> area(area).refreshedAtProperty());
    }

    private static final class AreaCell extends ListCell<Area> {
        @Override
        protected void updateItem(Area area, boolean empty) {
            super.updateItem(area, empty);
            if (empty || area == null) {
                setText(null);
                setGraphic(null);
                setId(null);
            } else {
                setText(area.title());
                setGraphic(new FontIcon(area.icon()));
                setId("nav-" + area.key());
            }
        }
    }
}
