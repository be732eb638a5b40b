package dev.berth.app;

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

import java.nio.file.Path;
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
    private TestApp app;

    @Start
    void start(Stage stage) {
        app = TestApp.open(stage, root, WALL);
    }

    @AfterEach
    void closeTheWorld() {
        app.close();
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
        app.snapshot(robot, "stuck-rollout-lesson.png");

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

}
