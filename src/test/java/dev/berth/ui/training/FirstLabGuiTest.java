package dev.berth.ui.training;

import dev.berth.core.gateway.Gateway;
import dev.berth.training.FreshWorld;
import dev.berth.training.Lesson;
import dev.berth.training.LessonCatalog;
import dev.berth.training.LessonProgress;
import dev.berth.training.TrainingProgress;
import dev.berth.ui.handles.ClockHandle;
import dev.berth.ui.handles.ClusterTableHandle;
import dev.berth.ui.handles.LessonPaneHandle;
import dev.berth.ui.handles.MainWindowHandle;
import dev.berth.ui.handles.ServicesHandle;
import dev.berth.ui.handles.TaskDefinitionsHandle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first lab lesson, done by a learner's clicks in the real views on a real (empty) simulator world: each
 * objective ticks in the lesson pane once the world makes it true, and not before.
 */
@ExtendWith(ApplicationExtension.class)
class FirstLabGuiTest {
    private static final String LESSON = "ecs-first-service";
    private static final String SUBNETS = "subnet-0a1b2c3d4e5f60718, subnet-0f9e8d7c6b5a40312";

    @TempDir
    static Path home;
    private Path progressFile;
    private PracticeWindow window;

    @Start
    void start(Stage stage) {
        Gateway world = FreshWorld.named("practice", 42);
        progressFile = home.resolve("training").resolve("progress-" + System.nanoTime() + ".json");
        window = PracticeWindow.show(stage, world, home, progressFile);
    }

    @Test
    void theFirstLabIsCompletedByClicksInTheViewsAndEachObjectiveTicksAsItBecomesTrue(FxRobot robot) {
        MainWindowHandle views = new MainWindowHandle(robot);
        LessonPaneHandle lesson = new LessonPaneHandle(robot);
        views.goTo("training");
        lesson.open(LESSON);
        assertThat(lesson.isShown()).isTrue();
        assertThat(lesson.title()).isEqualTo("Launch types and your first service");
        assertThat(lesson.isCurrent("create-cluster")).isTrue();
        assertThat(lesson.ticked("create-cluster", 0)).isFalse();
        lesson.askForHint();
        assertThat(lesson.hint(1)).contains("Clusters → Create");

        views.goTo("clusters");
        new ClusterTableHandle(robot).create("DemoCluster");
        views.pressRefreshKey();
        assertThat(lesson.ticked("create-cluster", 0)).isTrue();
        assertThat(lesson.isCurrent("register-task-definition")).isTrue();
        assertThat(lesson.ticked("register-task-definition", 0)).isFalse();

        views.goTo("taskdefs");
        new TaskDefinitionsHandle(robot).startRegister("nginxdemos-hello", "nginxdemos-hello", "nginxdemos/hello")
                .type("taskdef-cpu", "512").type("taskdef-memory", "1024").submit();
        views.pressRefreshKey();
        assertThat(lesson.ticked("register-task-definition", 0)).isTrue();
        assertThat(lesson.isCurrent("create-service")).isTrue();

        views.goTo("services");
        ServicesHandle services = new ServicesHandle(robot);
        services.startCreate("nginxdemos-hello", "nginxdemos-hello", 1, SUBNETS)
                .type("service-security-groups", "sg-0c1d2e3f4a5b69788").tick("service-public-ip", true).submit();
        views.pressRefreshKey();
        assertThat(lesson.ticked("create-service", 0)).as("no task runs the moment the service exists").isFalse();
        stepUntilTicked(robot, lesson, "create-service");
        assertThat(lesson.isCurrent("scale-out")).isTrue();

        services.startUpdate("nginxdemos-hello").type("service-desired-count", "2").submit();
        views.pressRefreshKey();
        assertThat(lesson.ticked("scale-out", 0)).as("the second task is still starting").isFalse();
        stepUntilTicked(robot, lesson, "scale-out");
        window.snapshot(robot, "first-lab-objectives-done.png");

        Lesson firstLab = LessonCatalog.load().lesson(LESSON).orElseThrow();
        for (int question = 0; question < firstLab.quiz().size(); question++) {
            lesson.answer(question, firstLab.quiz().get(question).correctAnswer());
        }
        assertThat(lesson.isComplete()).isTrue();
        window.snapshot(robot, "first-lab-complete.png");

        LessonProgress saved = TrainingProgress.open(progressFile, FreshWorld.START).lesson(LESSON);
        assertThat(saved.completes(firstLab)).isTrue();
        assertThat(saved.score(firstLab)).isEqualTo(firstLab.quiz().size());
    }

    /** Lets simulated time pass 15 seconds at a click, as a learner watching the tasks start would. */
    private static void stepUntilTicked(FxRobot robot, LessonPaneHandle lesson, String stepId) {
        ClockHandle clock = new ClockHandle(robot);
        for (int clicks = 0; clicks < 20 && !lesson.ticked(stepId, 0); clicks++) {
            clock.stepSmall();
        }
        assertThat(lesson.ticked(stepId, 0)).as("%s ticked within 5 simulated minutes", stepId).isTrue();
    }
}
