package dev.berth.ui.training;

import dev.berth.core.gateway.Gateway;
import dev.berth.training.FreshWorld;
import dev.berth.training.Lesson;
import dev.berth.training.LessonCatalog;
import dev.berth.training.TrainingProgress;
import dev.berth.ui.handles.ClockHandle;
import dev.berth.ui.handles.ClusterTableHandle;
import dev.berth.ui.handles.DialogHandle;
import dev.berth.ui.handles.LessonPaneHandle;
import dev.berth.ui.handles.MainWindowHandle;
import dev.berth.ui.handles.ScheduledTasksHandle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The EventBridge lesson done by a learner's clicks in the Clusters area's Scheduled tasks tab and the clock: a rule
 * on S3 uploads, an upload that runs a task, the hourly rule enabled, its task stopping; each objective ticks in the
 * lesson pane once the world makes it true, and not before.
 */
@ExtendWith(ApplicationExtension.class)
class EventBridgeLessonGuiTest {
    private static final String LESSON = "ecs-eventbridge";
    private static final String PATTERN = "{\"source\": [\"aws.s3\"], \"detail-type\": [\"Object Created\"], "
            + "\"detail\": {\"bucket\": {\"name\": [\"demo-uploads\"]}}}";

    @TempDir
    static Path home;
    private Path progressFile;

    @Start
    void start(Stage stage) {
        Gateway world = FreshWorld.named("practice", 11);
        progressFile = home.resolve("training").resolve("progress-" + System.nanoTime() + ".json");
        PracticeWindow.show(stage, world, home, progressFile);
    }

    @Test
    void theEventBridgeLessonIsCompletedInTheScheduledTasksTabAndEachObjectiveTicksAsItBecomesTrue(FxRobot robot) {
        MainWindowHandle views = new MainWindowHandle(robot);
        LessonPaneHandle lesson = new LessonPaneHandle(robot);
        views.goTo("training");
        lesson.open(LESSON);
        assertThat(lesson.title()).isEqualTo("Running tasks from EventBridge");
        assertThat(lesson.isCurrent("event-driven-tasks")).isTrue();

        views.goTo("clusters");
        new ClusterTableHandle(robot).select("DemoCluster");
        ScheduledTasksHandle tab = new ScheduledTasksHandle(robot);
        tab.open();
        assertThat(tab.ruleNames()).containsExactly("hourly-batch");
        DialogHandle create = tab.startCreate();
        create.paste("rule-name", "object-uploaded").paste("rule-schedule", "").paste("rule-pattern", PATTERN)
                .paste("rule-task-definition", "process-object").paste("rule-subnets", "subnet-0a1b2c3d4e5f60718");
        create.submit();
        assertThat(create.isOpen()).isFalse();
        views.pressRefreshKey();
        assertThat(lesson.ticked("event-driven-tasks", 0)).isTrue();
        assertThat(lesson.isCurrent("upload-object")).isTrue();

        DialogHandle upload = tab.startUpload();
        upload.paste("upload-key", "photos/cat.jpg");
        upload.submit();
        views.pressRefreshKey();
        assertThat(lesson.ticked("upload-object", 0)).as("the task has only just been asked for").isFalse();
        ClockHandle clock = new ClockHandle(robot);
        for (int clicks = 0; clicks < 16 && !lesson.ticked("upload-object", 0); clicks++) {
            clock.stepSmall();
        }
        assertThat(lesson.ticked("upload-object", 0)).as("the job's item within 4 simulated minutes").isTrue();
        assertThat(tab.stored()).anyMatch(entry -> entry.startsWith("DynamoDB processed-objects: "));
        assertThat(lesson.isCurrent("scheduled-tasks")).isTrue();

        tab.select("hourly-batch");
        tab.enable();
        clock.advance(Duration.ofMinutes(45));
        assertThat(lesson.ticked("scheduled-tasks", 0)).as("the rule runs an hour after it is enabled").isFalse();
        clock.advance(Duration.ofMinutes(16));
        assertThat(lesson.ticked("scheduled-tasks", 0)).isTrue();
        assertThat(lesson.isCurrent("task-state-events")).isTrue();
        assertThat(lesson.ticked("task-state-events", 0)).as("the batch task works for 5 minutes").isFalse();

        clock.advance(Duration.ofMinutes(10));
        assertThat(lesson.ticked("task-state-events", 0)).isTrue();

        Lesson eventBridge = LessonCatalog.load().lesson(LESSON).orElseThrow();
        for (int question = 0; question < eventBridge.quiz().size(); question++) {
            lesson.answer(question, eventBridge.quiz().get(question).correctAnswer());
        }
        assertThat(lesson.isComplete()).isTrue();
        assertThat(TrainingProgress.open(progressFile, FreshWorld.START).lesson(LESSON).completes(eventBridge))
                .isTrue();
    }
}
