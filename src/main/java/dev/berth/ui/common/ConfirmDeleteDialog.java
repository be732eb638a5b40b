package dev.berth.ui.common;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.function.Consumer;

/** Asks the user to type the resource's name before a delete (or deregister), the way the AWS console does. */
public final class ConfirmDeleteDialog {

    private ConfirmDeleteDialog() {
    }

    /** {@code delete} starts the deletion and reports to the outcome. */
    public static void show(Window owner, String title, String consequence, String name, Consumer<Outcome> delete) {
        show(owner, title, consequence, name, "Delete", delete);
    }

    /** As {@link #show(Window, String, String, String, Consumer)}, with another verb on the button. */
    public static void show(Window owner, String title, String consequence, String name, String verb,
                            Consumer<Outcome> delete) {
        Label message = new Label(consequence);
        message.setWrapText(true);
        Label prompt = new Label("To confirm, type \"" + name + "\" below.");
        TextField typed = new TextField();
        typed.setId("confirm-input");
        typed.setPromptText(name);
        VBox content = new VBox(8, message, prompt, typed);
        FormDialog dialog = new FormDialog(owner, title, verb, content, null, outcome -> {
            delete.accept(outcome);
            return FieldErrors.none();
        });
        dialog.disableSubmitWhen(typed.textProperty().isNotEqualTo(name));
        dialog.styleSubmit(Styles.DANGER);
        dialog.show();
        typed.requestFocus();
    }
}
