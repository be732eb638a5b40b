package dev.berth.app;

import dev.berth.ui.common.Browser;
import javafx.application.HostServices;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URI;

/**
 * The user's browser: through {@link Desktop} where the desktop offers browsing, else through JavaFX's
 * {@link HostServices} (which tries the platform's usual browsers and cannot say whether one came up). None on a
 * headless machine, where {@link #open} says so.
 */
final class DesktopBrowser implements Browser {
    private final HostServices hostServices;

    DesktopBrowser(HostServices hostServices) {
        this.hostServices = hostServices;
    }

    @Override
    public boolean open(String url) {
        if (GraphicsEnvironment.isHeadless()) {
            return false;
        }
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            try {
                Desktop.getDesktop().browse(URI.create(url));
                return true;
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }
        hostServices.showDocument(url);
        return true;
    }
}
