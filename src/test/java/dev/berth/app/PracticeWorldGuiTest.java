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
import dev.berth.ui.handles.LessonPaneHandle;
import dev.berth.ui.handles.MainWindowHandle;
import dev.berth.ui.handles.ServicesHandle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lesson opened in the app's window moves every view into the lesson's own practice world, set up as the lesson
 * wants it; "Show me" and reset work there; closing the lesson brings the user's own world back.
 */
@ExtendWith(ApplicationExtension.class)
class PracticeWorldGuiTest {
    private static final Instant WALL = Instant.parse("2026-11-25T09:00:00Z");

    @TempDir
    static Path root;
    private WorldSwitch worlds;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        BerthHome home = new BerthHome(root.resolve("home-" + System.nanoTime()));
        WorldStore.OpenedWorld demo = new WorldStore().open(home.world("demo"), "demo", WALL,
                new WorldStore.NewWorld(1, true));
        worlds = new WorldSwitch(home, new WorldStore(), "demo", demo, () -> WALL);
        Training training = new Training(LessonCatalog.load(), TrainingProgress.open(TrainingProgress.fileIn(home),
                WALL), worlds);
        window = new MainWindow(worlds.gateway(), new DirectBackgroundTasks(), Clock.systemUTC(),
                SettingsFile.in(home), null, training);
        window.show(stage);
    }

    @AfterEach
    void closeTheWorld() {
        worlds.close();
    }

    @Test
    void aLessonWorksInItsOwnWorldAndClosingItBringsTheUsersWorldBack(FxRobot robot) {
        MainWindowHandle views = new MainWindowHandle(robot);
        LessonPaneHandle lesson = new LessonPaneHandle(robot);
        ServicesHandle services = new ServicesHandle(robot);
        views.goTo("services");
        assertThat(services.names()).containsExactly("nginxdemos-hello");

        views.goTo("training");
        lesson.open("ecs-stuck-rollout");
        views.goTo("services");

        assertThat(lesson.world()).contains("practice world lesson-ecs-stuck-rollout");
        assertThat(services.names()).containsExactly("shop-web");
        assertThat(lesson.ticked("unblock", 0)).isFalse();
        snapshot(robot, "stuck-rollout-lesson.png");

        lesson.showMe();
        assertThat(lesson.ticked("unblock", 0)).isTrue();
        assertThat(lesson.isCurrent("finish")).isTrue();

        lesson.reset();
        assertThat(lesson.isCurrent("unblock")).isTrue();
        assertThat(lesson.ticked("unblock", 0)).isFalse();

        lesson.close();
        assertThat(lesson.isShown()).isFalse();
        assertThat(services.names()).containsExactly("nginxdemos-hello");
    }

    /** With -Dberth.snapshots=DIR, keeps a picture of the window for people to look at. */
    private void snapshot(FxRobot robot, String name) {
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
