package dev.berth.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;

/**
 * "Open in AWS console": puts the selected resource's console URL on the clipboard (to paste in the browser that is
 * signed in to the account); disabled while nothing is selected.
 */
public final class ConsoleLinkButton extends Button {

    public ConsoleLinkButton(String id, ObservableValue<String> arn) {
        super("Console link", new FontIcon(MaterialDesignO.OPEN_IN_NEW));
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setId(id);
        setTooltip(new Tooltip("Copy the AWS console URL of the selected resource, to open it in your browser"));
        disableProperty().bind(Bindings.createBooleanBinding(() -> ConsoleLinks.of(arn.getValue()) == null, arn));
        setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(ConsoleLinks.of(arn.getValue()));
            Clipboard.getSystemClipboard().setContent(content);
        });
    }
}
