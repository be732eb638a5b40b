package dev.berth.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** Puts a text (an ARN, a URI, commands) on the clipboard; disabled while there is none. */
public class CopyButton extends Button {

    public CopyButton(String id, String text, String tooltip, ObservableValue<String> value) {
        super(text, new FontIcon(MaterialDesignC.CONTENT_COPY));
        setId(id);
        // The graphic says "copy"; the text stays for screen readers and shows in the tooltip.
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setTooltip(new Tooltip(text + ": " + tooltip));
        disableProperty().bind(Bindings.createBooleanBinding(
                () -> value.getValue() == null || value.getValue().isEmpty(), value));
        setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(value.getValue());
            Clipboard.getSystemClipboard().setContent(content);
        });
    }
}
