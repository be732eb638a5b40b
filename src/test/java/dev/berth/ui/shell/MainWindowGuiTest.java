package dev.berth.ui.shell;

import atlantafx.base.theme.PrimerDark;
import dev.berth.core.gateway.ClockSpeed;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.settings.Settings;
import dev.berth.core.settings.SettingsFile;
import dev.berth.core.settings.ThemeChoice;
import dev.berth.ui.common.DirectBackgroundTasks;
import dev.berth.ui.handles.ClockHandle;
import dev.berth.ui.handles.ClusterTableHandle;
import dev.berth.ui.handles.MainWindowHandle;
import dev.berth.ui.testing.FakeClock;
import dev.berth.ui.testing.FakeGateway;
import dev.berth.ui.testing.TestWindow;
import dev.berth.ui.theme.Theme;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class MainWindowGuiTest {
    @TempDir
    Path settings;
    private final FakeClock clock = new FakeClock();
    private final FakeGateway gateway = new FakeGateway(clock);
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        gateway.fakeEcs().createCluster(CreateClusterRequest.named("production"));
        TestWindow.open(stage, gateway, settings);
    }

    @Test
    void ctrlDigitsSwitchAreasAndCtrlFFocusesTheFilter(FxRobot robot) {
        MainWindowHandle window = new MainWindowHandle(robot);
        assertThat(window.shows("clusters")).isTrue();

        window.pressShortcut(KeyCode.DIGIT4);
        assertThat(window.shows("tasks")).isTrue();
        window.pressShortcut(KeyCode.DIGIT3);
        assertThat(window.shows("taskdefs")).isTrue();
        window.pressShortcut(KeyCode.DIGIT2);
        assertThat(window.shows("services")).isTrue();

        window.pressShortcut(KeyCode.F);
        Node filter = robot.lookup("#services-filter").query();
        assertThat(filter.isFocused()).isTrue();
    }

    @Test
    void theNavigationListSwitchesAreas(FxRobot robot) {
        MainWindowHandle window = new MainWindowHandle(robot);

        window.goTo("taskdefs");

        assertThat(window.shows("taskdefs")).isTrue();
        assertThat(window.shows("clusters")).isFalse();
    }

    @Test
    void f5ReadsWhatChangedElsewhere(FxRobot robot) {
        ClusterTableHandle clusters = new ClusterTableHandle(robot);
        gateway.fakeEcs().createCluster(CreateClusterRequest.named("added-elsewhere"));
        assertThat(clusters.names()).containsExactly("production");

        new MainWindowHandle(robot).pressRefreshKey();

        assertThat(clusters.names()).containsExactly("production", "added-elsewhere");
    }

    @Test
    void theStatusBarShowsTheBackendClockAndLastRefresh(FxRobot robot) {
        MainWindowHandle window = new MainWindowHandle(robot);

        assertThat(window.backend()).isEqualTo("fake (us-east-1)");
        assertThat(window.lastRefresh()).startsWith("Refreshed ");
        String before = window.clock();

        new ClockHandle(robot).stepSmall();

        assertThat(clock.now()).isEqualTo(Instant.parse("2026-01-01T00:00:15Z"));
        assertThat(window.clock()).isNotEqualTo(before);
    }

    @Test
    void theClockMenuStepsPlaysAndChangesSpeed(FxRobot robot) {
        ClockHandle clockControls = new ClockHandle(robot);

        clockControls.advance(Duration.ofMinutes(2));
        assertThat(clock.now()).isEqualTo(Instant.parse("2026-01-01T00:02:00Z"));

        clockControls.playOrPause();
        assertThat(clock.isRunning()).isTrue();
        clockControls.playOrPause();
        assertThat(clock.isRunning()).isFalse();

        robot.interact(() -> robot.lookup("#clock-speed").queryAs(ChoiceBox.class).setValue(ClockSpeed.X60));
        assertThat(clock.speed()).isEqualTo(ClockSpeed.X60);
    }

    @Test
    void themeAreaAndWindowAreRemembered(FxRobot robot) {
        String lightSheet = Application.getUserAgentStylesheet();
        robot.clickOn("#theme-toggle");
        assertThat(Application.getUserAgentStylesheet()).isNotEqualTo(lightSheet);
        new MainWindowHandle(robot).goTo("tasks");

        robot.interact(() -> stage.close());

        Settings saved = new SettingsFile(settings.resolve("settings.json")).load();
        assertThat(saved.theme()).isEqualTo(ThemeChoice.DARK);
        assertThat(saved.lastArea()).isEqualTo("tasks");
        assertThat(saved.window()).isNotNull();
        assertThat(saved.window().width()).isEqualTo(stage.getWidth());
        robot.interact(() -> Theme.apply(ThemeChoice.LIGHT));
    }

    @Test
    void aStageShownAgainWithAnotherWindowRemembersItsBoundsForThatWindowOnly(FxRobot robot, @TempDir Path second) {
        robot.interact(() -> TestWindow.open(stage, gateway, second));

        robot.interact(() -> stage.close());

        assertThat(new SettingsFile(second.resolve("settings.json")).load().window()).isNotNull();
        assertThat(settings.resolve("settings.json")).doesNotExist();
    }

    @Test
    void theSavedThemeIsSetBeforeTheWindowIsShown(FxRobot robot) {
        SettingsFile dark = new SettingsFile(settings.resolve("dark.json"));
        dark.save(dark.load().withTheme(ThemeChoice.DARK));

        robot.interact(() -> new MainWindow(gateway, new DirectBackgroundTasks(), Clock.systemUTC(), dark, null));

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        robot.interact(() -> Theme.apply(ThemeChoice.LIGHT));
    }

    @Test
    void theColdStartIsReportedOnceTheFirstAreaShowsItsRows(FxRobot robot) throws TimeoutException {
        List<Integer> rowsWhenPopulated = new CopyOnWriteArrayList<>();
        AtomicReference<MainWindow> second = new AtomicReference<>();
        robot.interact(() -> {
            MainWindow window = new MainWindow(gateway, new DirectBackgroundTasks(), Clock.systemUTC(),
                    new SettingsFile(settings.resolve("second.json")), null);
            window.whenPopulated(() -> rowsWhenPopulated.add(
                    ((TableView<?>) window.root().lookup("#clusters-table")).getItems().size()));
            window.show(new Stage());
            second.set(window);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !rowsWhenPopulated.isEmpty());

        robot.interact(() -> second.get().refreshNow());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(rowsWhenPopulated).containsExactly(1);
        robot.interact(() -> second.get().root().getScene().getWindow().hide());
    }
}
