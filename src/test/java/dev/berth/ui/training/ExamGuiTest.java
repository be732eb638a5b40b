package dev.berth.ui.training;

import dev.berth.core.gateway.Gateway;
import dev.berth.core.settings.SettingsFile;
import dev.berth.training.ExamResult;
import dev.berth.training.FreshWorld;
import dev.berth.training.Training;
import dev.berth.training.TrainingProgress;
import dev.berth.ui.common.DirectBackgroundTasks;
import dev.berth.ui.handles.ExamHandle;
import dev.berth.ui.handles.MainWindowHandle;
import dev.berth.ui.shell.MainWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An exam taken by clicks: ten questions, the score at the end, and the score kept in the learner's history. */
@ExtendWith(ApplicationExtension.class)
class ExamGuiTest {
    @TempDir
    static Path home;
    private Path progressFile;

    @Start
    void start(Stage stage) {
        Gateway world = FreshWorld.named("exam", 5);
        progressFile = home.resolve("progress-" + System.nanoTime() + ".json");
        new MainWindow(world, new DirectBackgroundTasks(), Clock.systemUTC(),
                new SettingsFile(home.resolve("settings.json")), null,
                Training.inCurrentWorld(world, progressFile, FreshWorld.START)).show(stage);
    }

    @Test
    void anExamIsScoredByTopicAndKept(FxRobot robot) {
        new MainWindowHandle(robot).goTo("training");
        ExamHandle exam = new ExamHandle(robot).open();

        assertThat(exam.progress()).startsWith("Question 1 of " + ExamDialog.QUESTIONS + " · ");
        for (int i = 0; i < ExamDialog.QUESTIONS; i++) {
            exam.answer(i != 3);
        }

        assertThat(exam.score()).isEqualTo("9 of 10 right: 90%");
        exam.close();
        List<ExamResult> history = TrainingProgress.open(progressFile, FreshWorld.START).exams();
        assertThat(history).singleElement().satisfies(result -> {
            assertThat(result.correct()).isEqualTo(9);
            assertThat(result.topics()).hasSize(5);
        });
    }
}
