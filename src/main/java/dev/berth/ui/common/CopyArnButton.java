package dev.berth.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** Puts the selected resource's ARN on the clipboard; disabled while nothing is selected. */
public final class CopyArnButton extends Button {

    public CopyArnButton(String id, ObservableValue<String> arn) {
        super("Copy ARN", new FontIcon(MaterialDesignC.CONTENT_COPY));
        setId(id);
        setTooltip(new Tooltip("Copy the selected resource's ARN"));
        disableProperty().bind(Bindings.createBooleanBinding(() -> arn.getValue() == null, arn));
        setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(arn.getValue());
            Clipboard.getSystemClipboard().setContent(content);
        });
    }
}
