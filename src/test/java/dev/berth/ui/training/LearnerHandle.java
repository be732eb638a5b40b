package dev.berth.ui.training;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

import static org.testfx.matcher.control.LabeledMatchers.hasText;

/** What a learner does in the normal views: go to an area, press its buttons, fill in and submit a dialog. */
public final class LearnerHandle {
    private final FxRobot robot;

    public LearnerHandle(FxRobot robot) {
        this.robot = robot;
    }

    /** Clicks an area in the navigation: "clusters", "services", "taskdefs", "tasks" or "training". */
    public LearnerHandle goTo(String areaKey) {
        robot.clickOn("#nav-" + areaKey);
        return this;
    }

    public LearnerHandle click(String id) {
        robot.clickOn("#" + id);
        return this;
    }

    /** Replaces the text of a text field or editable combo box. */
    public LearnerHandle type(String fieldId, String text) {
        Node field = robot.lookup("#" + fieldId).query();
        TextInputControl input = field instanceof ComboBox<?> box ? box.getEditor() : (TextInputControl) field;
        robot.clickOn(input);
        robot.interact(input::clear);
        robot.write(text, 0);
        return this;
    }

    public LearnerHandle tick(String checkBoxId) {
        CheckBox box = robot.lookup("#" + checkBoxId).queryAs(CheckBox.class);
        if (!box.isSelected()) {
            robot.clickOn(box);
        }
        return this;
    }

    public LearnerHandle submit() {
        return click("dialog-submit");
    }

    /** Clicks the row of the table whose cell shows exactly {@code text}. */
    public LearnerHandle selectRow(String tableId, String text) {
        robot.clickOn(robot.from(robot.lookup("#" + tableId).queryAll()).lookup(hasText(text)).queryLabeled());
        return this;
    }

    /** F5: the main window re-reads the current view, the clock and the open lesson. */
    public LearnerHandle refresh() {
        robot.type(KeyCode.F5);
        return this;
    }

    /** The status bar's step button: 15 simulated seconds pass, then everything is re-read. */
    public LearnerHandle stepClock() {
        return click("clock-step");
    }
}
