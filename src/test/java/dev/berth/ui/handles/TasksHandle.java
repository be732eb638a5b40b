package dev.berth.ui.handles;

import dev.berth.ui.tasks.TaskRow;
import org.testfx.api.FxRobot;

import java.util.List;
import java.util.stream.Collectors;

/** The tasks area: running or stopped tasks of the picked cluster; stop with a reason. */
public final class TasksHandle {
    private final FxRobot robot;
    private final TableHandle<TaskRow> table;
    private final DialogHandle dialog;

    public TasksHandle(FxRobot robot) {
        this.robot = robot;
        this.table = new TableHandle<>(robot, "tasks-table", "tasks-filter");
        this.dialog = new DialogHandle(robot);
    }

    public TableHandle<TaskRow> table() {
        return table;
    }

    public List<String> ids() {
        return table.rows().stream().map(TaskRow::taskId).collect(Collectors.toList());
    }

    public void showStopped() {
        robot.clickOn("#tasks-stopped");
    }

    public void showRunning() {
        robot.clickOn("#tasks-running");
    }

    public DialogHandle startStop(String taskId, String reason) {
        table.click(row -> row.taskId().equals(taskId));
        robot.clickOn("#tasks-stop");
        return dialog.type("stop-reason", reason);
    }
}
