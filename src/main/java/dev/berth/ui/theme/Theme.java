package dev.berth.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.berth.core.settings.ThemeChoice;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;

import java.util.Objects;

/** Light and dark look: AtlantaFX Primer as the user agent stylesheet, and Berth's own rules on every scene. */
public final class Theme {
    private static final String BERTH_CSS = Objects.requireNonNull(Theme.class.getResource("berth.css"),
            "berth.css is missing from the classpath").toExternalForm();

    private Theme() {
    }

    /** Switches every open window, since the user agent stylesheet is application-wide. */
    public static void apply(ThemeChoice choice) {
        Application.setUserAgentStylesheet(choice == ThemeChoice.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static void style(Scene scene) {
        if (!scene.getStylesheets().contains(BERTH_CSS)) {
            scene.getStylesheets().add(BERTH_CSS);
        }
    }

    /** Dialogs get their own scene, so they need the stylesheet too. */
    public static void style(DialogPane pane) {
        if (!pane.getStylesheets().contains(BERTH_CSS)) {
            pane.getStylesheets().add(BERTH_CSS);
        }
    }
}
