package dev.berth.ui.common;

import javafx.scene.control.Button;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** A tool bar button with an icon, an id for tests, and its action. */
public final class ToolButton extends Button {

    public ToolButton(String id, String text, Ikon icon, Runnable action) {
        super(text, new FontIcon(icon));
        setId(id);
        setOnAction(event -> action.run());
    }
}
