package dev.berth.core.settings;

/**
 * What Berth remembers between runs. Missing members (an older or hand-edited file) become defaults, so a
 * loaded value is always complete. {@code window} is null until the window has been closed once.
 */
public record Settings(ThemeChoice theme, WindowBounds window, String lastArea) {

    public Settings {
        theme = theme == null ? ThemeChoice.LIGHT : theme;
        window = window == null || !window.usable() ? null : window;
    }

    public static Settings defaults() {
        return new Settings(ThemeChoice.LIGHT, null, null);
    }

    public Settings withTheme(ThemeChoice newTheme) {
        return new Settings(newTheme, window, lastArea);
    }

    public Settings withWindow(WindowBounds newWindow) {
        return new Settings(theme, newWindow, lastArea);
    }

    public Settings withLastArea(String newLastArea) {
        return new Settings(theme, window, newLastArea);
    }
}
