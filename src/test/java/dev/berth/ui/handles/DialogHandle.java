package dev.berth.ui.handles;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;

import java.util.Optional;

/** The open form dialog: type into its fields, submit, read the messages next to fields and at the bottom. */
public final class DialogHandle {
    private final FxRobot robot;

    public DialogHandle(FxRobot robot) {
        this.robot = robot;
    }

    /** Replaces the text of the field (a text field, text area or editable combo box) with {@code text}. */
    public DialogHandle type(String fieldId, String text) {
        Node field = robot.lookup("#" + fieldId).query();
        TextInputControl input = field instanceof ComboBox ? ((ComboBox<?>) field).getEditor()
                : (TextInputControl) field;
        robot.clickOn(input);
        robot.interact(input::clear);
        if (!text.isEmpty()) {
            robot.write(text, 0);
        }
        return this;
    }

    /** The text a label or field of the dialog shows. */
    public String text(String id) {
        Node node = robot.lookup("#" + id).query();
        return node instanceof Labeled ? ((Labeled) node).getText() : ((TextInputControl) node).getText();
    }

    /** Sets a long text at once, as a paste would; typing it key by key is slow and tests nothing more. */
    public DialogHandle paste(String fieldId, String text) {
        Node field = robot.lookup("#" + fieldId).query();
        TextInputControl input = field instanceof ComboBox ? ((ComboBox<?>) field).getEditor()
                : (TextInputControl) field;
        robot.interact(() -> input.setText(text));
        return this;
    }

    public DialogHandle tick(String checkBoxId, boolean selected) {
        CheckBox box = robot.lookup("#" + checkBoxId).queryAs(CheckBox.class);
        if (box.isSelected() != selected) {
            robot.clickOn(box);
        }
        return this;
    }

    /** Opens the combo box and clicks {@code item} in its list, as a user picks a choice. */
    public DialogHandle choose(String comboBoxId, String item) {
        robot.clickOn("#" + comboBoxId);
        robot.clickOn(item);
        return this;
    }

    public void submit() {
        robot.clickOn("#dialog-submit");
    }

    public void cancel() {
        robot.clickOn("#dialog-cancel");
    }

    public boolean isOpen() {
        return robot.lookup("#dialog-submit").tryQuery().isPresent();
    }

    public boolean canSubmit() {
        return !robot.lookup("#dialog-submit").queryAs(Button.class).isDisabled();
    }

    /** The message shown under the field, or empty. */
    public Optional<String> errorAt(String fieldId) {
        return visibleText("#" + fieldId + "-error");
    }

    /** The message at the bottom of the dialog (a failure from AWS), or empty. */
    public Optional<String> error() {
        return visibleText("#dialog-error");
    }

    private Optional<String> visibleText(String query) {
        return robot.lookup(query).tryQuery().map(Label.class::cast).filter(Node::isVisible).map(Label::getText);
    }
}
