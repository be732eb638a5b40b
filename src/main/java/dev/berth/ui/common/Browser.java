package dev.berth.ui.common;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The user's web browser, as the app can reach it: {@code open} hands a page over and says whether it could (false
 * when there is no desktop to open it on). The app puts it in its main window's properties under {@link #KEY}, so a
 * control finds it through the window it is shown in.
 */
public interface Browser {
    String KEY = "berth.browser";

    boolean open(String url);

    /** The browser of the window {@code node} is shown in, or null when it has none (tests, no desktop). */
    static Browser of(Node node) {
        Scene scene = node.getScene();
        Window window = scene == null ? null : scene.getWindow();
        return window != null && window.getProperties().get(KEY) instanceof Browser browser ? browser : null;
    }
}
