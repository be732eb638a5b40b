package dev.berth.ui.tasks;

import dev.berth.ui.handles.MainWindowHandle;
import dev.berth.ui.handles.TasksHandle;
import dev.berth.ui.testing.DemoData;
import dev.berth.ui.testing.FakeGateway;
import dev.berth.ui.testing.TestWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class TasksGuiTest {
    private static final String TASK = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    @TempDir
    Path settings;
    private final FakeGateway gateway = new FakeGateway();

    @Start
    void start(Stage stage) {
        DemoData.fill(gateway.fakeEcs());
        TestWindow.open(stage, gateway, settings);
    }

    @BeforeEach
    void openTasks(FxRobot robot) {
        new MainWindowHandle(robot).goTo("tasks");
    }

    @Test
    void stoppingATaskWithAReasonMovesItToStopped(FxRobot robot) {
        TasksHandle tasks = new TasksHandle(robot);
        assertThat(tasks.ids()).hasSize(3).contains(TASK);

        tasks.startStop(TASK, "Rotating credentials").submit();

        assertThat(tasks.ids()).hasSize(2).doesNotContain(TASK);
        tasks.showStopped();
        assertThat(tasks.table().rows()).extracting(row -> row.stoppedReasonProperty().get())
                .containsExactly("Rotating credentials");
    }

    @Test
    void theFilterFindsTasksByAnyShownValue(FxRobot robot) {
        TasksHandle tasks = new TasksHandle(robot);

        tasks.table().filter("1a1b");

        assertThat(tasks.ids()).containsExactly("1a1b2c3d4e5f60718293a4b5c6d7e8f9");
    }
}
