package dev.berth.ui.handles;

import dev.berth.ui.events.ScheduledTaskRow;
import dev.berth.ui.events.StoredEntryRow;
import org.testfx.api.FxRobot;

import java.util.List;

/** The clusters area's "Scheduled tasks" tab: its rules, their actions, and the simulated S3 and DynamoDB list. */
public final class ScheduledTasksHandle {
    private final FxRobot robot;

    public ScheduledTasksHandle(FxRobot robot) {
        this.robot = robot;
    }

    public void open() {
        robot.clickOn("Scheduled tasks");
    }

    public TableHandle<ScheduledTaskRow> rules() {
        return new TableHandle<>(robot, "scheduled-tasks-table", null);
    }

    public ScheduledTaskRow rule(String name) {
        return rules().row(r -> r.name().equals(name)).orElseThrow(() -> new AssertionError("no rule " + name));
    }

    public List<String> ruleNames() {
        return rules().rows().stream().map(ScheduledTaskRow::name).toList();
    }

    public DialogHandle startCreate() {
        robot.clickOn("#scheduled-tasks-create");
        return new DialogHandle(robot);
    }

    public void select(String rule) {
        rules().click(r -> r.name().equals(rule));
    }

    public void disable() {
        robot.clickOn("#scheduled-tasks-disable");
    }

    public void enable() {
        robot.clickOn("#scheduled-tasks-enable");
    }

    public DialogHandle startDelete() {
        robot.clickOn("#scheduled-tasks-delete");
        return new DialogHandle(robot);
    }

    public DialogHandle startUpload() {
        robot.clickOn("#stored-upload");
        return new DialogHandle(robot);
    }

    /** The S3 objects and DynamoDB items, as "where: what". */
    public List<String> stored() {
        return new TableHandle<StoredEntryRow>(robot, "stored-entries-table", null).rows().stream()
                .map(r -> r.placeProperty().get() + ": " + r.textProperty().get()).toList();
    }
}
