package dev.berth.ui.handles;

import dev.berth.ui.apprunner.AppRunnerServiceRow;
import dev.berth.ui.apprunner.OperationRow;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;

import java.util.List;
import java.util.stream.Collectors;

/** The App Runner area: services table, create dialog, pause/resume/delete, the Operations tab and the notice. */
public final class AppRunnerHandle {
    private final FxRobot robot;
    private final TableHandle<AppRunnerServiceRow> table;
    private final DialogHandle dialog;

    public AppRunnerHandle(FxRobot robot) {
        this.robot = robot;
        this.table = new TableHandle<>(robot, "apprunner-table", "apprunner-filter");
        this.dialog = new DialogHandle(robot);
    }

    public AppRunnerServiceRow row(String name) {
        return table.row(row -> row.name().equals(name)).orElseThrow(() -> new AssertionError("No service " + name
                + " in " + table.rows().stream().map(AppRunnerServiceRow::name).toList()));
    }

    public void select(String name) {
        table.click(row -> row.name().equals(name));
    }

    /** Opens "Create service" and names it; the image, CPU, memory and port keep their defaults until changed. */
    public DialogHandle startCreate(String name) {
        robot.clickOn("#apprunner-create");
        return dialog.type("apprunner-name", name);
    }

    /** Picks {@code value} in one of the dialog's choice boxes (CPU, memory, provider). */
    public AppRunnerHandle choose(String choiceId, String value) {
        @SuppressWarnings("unchecked")
        ChoiceBox<String> box = robot.lookup("#" + choiceId).queryAs(ChoiceBox.class);
        robot.interact(() -> box.setValue(value));
        return this;
    }

    public void pause(String name) {
        select(name);
        robot.clickOn("#apprunner-pause");
    }

    public void resume(String name) {
        select(name);
        robot.clickOn("#apprunner-resume");
    }

    /** The selected service's operation types, last started first. */
    public List<String> operations() {
        robot.clickOn("Operations");
        return new TableHandle<OperationRow>(robot, "apprunner-operations", null).rows().stream()
                .map(row -> row.type() + " " + row.status()).collect(Collectors.toList());
    }

    public String notice() {
        return robot.lookup("#apprunner-notice").queryAs(Label.class).getText();
    }
}
