package dev.berth.ui.training;

import dev.berth.core.settings.SettingsFile;
import dev.berth.training.Lesson;
import dev.berth.training.LessonCatalog;
import dev.berth.training.LessonProgress;
import dev.berth.training.SimulatedWorld;
import dev.berth.training.Training;
import dev.berth.training.TrainingProgress;
import dev.berth.ui.common.DirectBackgroundTasks;
import dev.berth.ui.shell.MainWindow;
import dev.berth.ui.shell.ViewSnapshots;
import javafx.stage.Stage;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first lab lesson, done by a learner's clicks in the real views on a real (empty) simulator world: each
 * objective ticks in the lesson pane once the world makes it true, and not before.
 */
@ExtendWith(ApplicationExtension.class)
class FirstLabGuiTest {
    private static final String LESSON = "ecs-first-service";

    @TempDir
    static Path home;
    private final SimulatedWorld world = new SimulatedWorld("practice", 42);
    private Path progressFile;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        progressFile = home.resolve("training").resolve("progress-" + System.nanoTime() + ".json");
        window = new MainWindow(world, new DirectBackgroundTasks(), Clock.systemUTC(),
                new SettingsFile(home.resolve("settings.json")), null,
                Training.inCurrentWorld(world, progressFile, SimulatedWorld.START));
        window.show(stage);
    }

    @Test
    void theFirstLabIsCompletedByClicksInTheViewsAndEachObjectiveTicksAsItBecomesTrue(FxRobot robot) {
        LearnerHandle learner = new LearnerHandle(robot);
        LessonPaneHandle lesson = new LessonPaneHandle(robot);

        learner.goTo("training");
        lesson.open(LESSON);
        assertThat(lesson.isShown()).isTrue();
        assertThat(lesson.title()).isEqualTo("Launch types and your first service");
        assertThat(lesson.isCurrent("create-cluster")).isTrue();
        assertThat(lesson.ticked("create-cluster", 0)).isFalse();
        lesson.askForHint();
        assertThat(lesson.hint(1)).contains("Clusters → Create");

        learner.goTo("clusters").click("clusters-create").type("cluster-name", "DemoCluster").submit().refresh();
        assertThat(lesson.ticked("create-cluster", 0)).isTrue();
        assertThat(lesson.isCurrent("register-task-definition")).isTrue();
        assertThat(lesson.ticked("register-task-definition", 0)).isFalse();

        learner.goTo("taskdefs").click("taskdefs-register")
                .type("taskdef-family", "nginxdemos-hello")
                .type("taskdef-cpu", "512")
                .type("taskdef-memory", "1024")
                .type("taskdef-container-name", "nginxdemos-hello")
                .type("taskdef-image", "nginxdemos/hello")
                .type("taskdef-container-port", "80")
                .submit().refresh();
        assertThat(lesson.ticked("register-task-definition", 0)).isTrue();
        assertThat(lesson.isCurrent("create-service")).isTrue();

        learner.goTo("services").click("services-create")
                .type("service-name", "nginxdemos-hello")
                .type("service-task-definition", "nginxdemos-hello")
                .type("service-desired-count", "1")
                .type("service-subnets", "subnet-0a1b2c3d4e5f60718, subnet-0f9e8d7c6b5a40312")
                .type("service-security-groups", "sg-0c1d2e3f4a5b69788")
                .tick("service-public-ip")
                .submit().refresh();
        assertThat(lesson.ticked("create-service", 0)).as("no task runs the moment the service exists").isFalse();
        stepUntilTicked(learner, lesson, "create-service");
        assertThat(lesson.isCurrent("scale-out")).isTrue();

        learner.selectRow("services-table", "nginxdemos-hello").click("services-update")
                .type("service-desired-count", "2").submit().refresh();
        assertThat(lesson.ticked("scale-out", 0)).as("the second task is still starting").isFalse();
        stepUntilTicked(learner, lesson, "scale-out");
        snapshot(robot, "first-lab-objectives-done.png");

        Lesson firstLab = LessonCatalog.load().lesson(LESSON).orElseThrow();
        for (int question = 0; question < firstLab.quiz().size(); question++) {
            lesson.answer(question, firstLab.quiz().get(question).correctAnswer());
        }
        assertThat(lesson.isComplete()).isTrue();
        snapshot(robot, "first-lab-complete.png");

        LessonProgress saved = TrainingProgress.open(progressFile, SimulatedWorld.START).lesson(LESSON);
        assertThat(saved.completes(firstLab)).isTrue();
        assertThat(saved.score(firstLab)).isEqualTo(firstLab.quiz().size());
    }

    /** Lets simulated time pass 15 seconds at a click, as a learner watching the tasks start would. */
    private static void stepUntilTicked(LearnerHandle learner, LessonPaneHandle lesson, String stepId) {
        for (int clicks = 0; clicks < 20 && !lesson.ticked(stepId, 0); clicks++) {
            learner.stepClock();
        }
        assertThat(lesson.ticked(stepId, 0)).as("%s ticked within 5 simulated minutes", stepId).isTrue();
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
