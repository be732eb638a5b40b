package dev.berth.ui.common;

import atlantafx.base.theme.Tweaks;
import dev.berth.ui.theme.BerthStyles;
import dev.berth.ui.theme.Theme;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * A modal dialog around a form that stays open until its change succeeds. The submit button validates first
 * (messages appear next to their fields, nothing is sent), then runs the change; a gateway failure shows in the
 * dialog and the user can correct and retry, or cancel.
 */
public final class FormDialog implements Outcome {

    /** Validates and, if valid, starts the change, which reports to {@code outcome}; returns what is invalid. */
    @FunctionalInterface
    public interface Submission {
        FieldErrors submit(Outcome outcome);
    }

    /** Below this a form is too cramped to use even with scrolling, whatever the window's size. */
    private static final double MIN_HEIGHT = 400;

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType submitType;
    private final Label error = new Label();
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final FormGrid form;
    private final Node content;
    private final VBox body;
    private final Submission submission;

    /** {@code form} is where field messages go; null when the content has no fields of its own. */
    public FormDialog(Window owner, String title, String submitText, Node content, FormGrid form,
                      Submission submission) {
        this.form = form;
        this.submission = submission;
        submitType = new ButtonType(submitText, ButtonData.OK_DONE);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setResizable(true);
        error.setId("dialog-error");
        error.getStyleClass().add(BerthStyles.ERROR_BANNER);
        error.setVisible(false);
        error.managedProperty().bind(error.visibleProperty());
        this.content = content;
        body = new VBox(10, content, error);
        body.setPrefWidth(600);
        dialog.setOnShown(event -> keepWithinOwner());
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().getButtonTypes().setAll(submitType, ButtonType.CANCEL);
        Theme.style(dialog.getDialogPane());
        Button submit = submitButton();
        submit.setId("dialog-submit");
        submit.disableProperty().bind(busy);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setId("dialog-cancel");
        submit.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            submit();
        });
    }

    /** E.g. a typed confirmation that does not match yet. */
    public void disableSubmitWhen(ObservableBooleanValue condition) {
        Button submit = submitButton();
        submit.disableProperty().unbind();
        submit.disableProperty().bind(busy.or(condition));
    }

    /** Styles the submit button, e.g. as dangerous for deletes. */
    public void styleSubmit(String styleClass) {
        submitButton().getStyleClass().add(styleClass);
    }

    public void show() {
        dialog.show();
    }

    /** Grows or shrinks the window to its content, e.g. after a text inside it changed length. */
    public void fitToContent() {
        Window window = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
        if (window != null) {
            window.sizeToScene();
            keepWithinOwner();
        }
    }

    /** No taller than the window it belongs to (nor the screen), and over it rather than hanging below. */
    private void keepWithinOwner() {
        Window window = dialog.getDialogPane().getScene().getWindow();
        Window owner = dialog.getOwner();
        double limit = Screen.getPrimary().getVisualBounds().getHeight();
        if (owner != null) {
            limit = Math.min(limit, Math.max(owner.getHeight(), MIN_HEIGHT));
        }
        if (window.getHeight() > limit) {
            scrollContent();
            window.setHeight(limit);
            if (owner != null) {
                window.setY(owner.getY() + (owner.getHeight() - limit) / 2);
            }
        }
    }

    @Override
    public void succeeded() {
        busy.set(false);
        dialog.setResult(submitType);
        dialog.close();
    }

    @Override
    public void failed(String message) {
        busy.set(false);
        showError(message);
    }

    private void submit() {
        showError(null);
        busy.set(true);
        FieldErrors invalid;
        try {
            invalid = submission.submit(this);
        } catch (RuntimeException unexpected) {
            failed(Messages.explain(unexpected));
            return;
        }
        if (invalid.isEmpty()) {
            return;
        }
        busy.set(false);
        FieldErrors notOnForm = form == null ? invalid : form.showErrors(invalid);
        if (!notOnForm.isEmpty()) {
            showError(String.join(" ", notOnForm.asMap().values()));
        }
        fitToContent();
    }

    /** A form taller than its window (a long form, a small window) scrolls, so its buttons stay on screen. */
    private void scrollContent() {
        if (body.getChildren().get(0) != content) {
            return;
        }
        ScrollPane scroll = new ScrollPane();
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        body.getChildren().set(0, scroll);
        scroll.setContent(content);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(message != null);
        fitToContent();
    }

    private Button submitButton() {
        return (Button) dialog.getDialogPane().lookupButton(submitType);
    }
}
