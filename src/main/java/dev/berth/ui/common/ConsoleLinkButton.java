package dev.berth.ui.common;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;

import java.util.function.Consumer;

/**
 * "Open in AWS console": opens the selected resource's console page in the browser and puts its URL on the
 * clipboard too (the browser may not be the one signed in to the account). Where there is no browser to open
 * (headless, no desktop), the URL is only copied and a note says so. Disabled while nothing is selected.
 */
public final class ConsoleLinkButton extends Button {
    static final String OPENED = "Opened in your browser; the console link is on the clipboard too.";
    static final String COPIED = "No browser to open here: the console link is on the clipboard. Paste it into a "
            + "browser signed in to the account.";
    private static final Duration NOTE_SHOWN = Duration.seconds(4);

    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note");

    public ConsoleLinkButton(String id, ObservableValue<String> arn) {
        super("Console link", new FontIcon(MaterialDesignO.OPEN_IN_NEW));
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setId(id);
        setTooltip(new Tooltip("Open the selected resource in the AWS console (the link is copied too)"));
        disableProperty().bind(Bindings.createBooleanBinding(() -> ConsoleLinks.of(arn.getValue()) == null, arn));
        setOnAction(event -> {
            note.set(open(ConsoleLinks.of(arn.getValue()), Browser.of(this), ConsoleLinkButton::copy));
            showNote();
        });
    }

    /**
     * Copies {@code url} with {@code clipboard}, then hands it to {@code browser} (null: none); returns what
     * happened, in words for the user.
     */
    static String open(String url, Browser browser, Consumer<String> clipboard) {
        clipboard.accept(url);
        return browser != null && browser.open(url) ? OPENED : COPIED;
    }

    /** What the last click did, for the user. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    private static void copy(String url) {
        ClipboardContent content = new ClipboardContent();
        content.putString(url);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void showNote() {
        Tooltip popup = new Tooltip(note.get());
        Bounds bounds = localToScreen(getBoundsInLocal());
        if (bounds == null) {
            return;
        }
        popup.show(this, bounds.getMinX(), bounds.getMaxY() + 4);
        PauseTransition hide = new PauseTransition(NOTE_SHOWN);
        hide.setOnFinished(event -> popup.hide());
        hide.play();
    }
}
