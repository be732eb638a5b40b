package dev.berth.core.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * What Berth remembers between runs. Missing members (an older or hand-edited file) become defaults, so a
 * loaded value is always complete. {@code window} is null until the window has been closed once.
 * {@code writableProfiles}: the AWS connections the user allowed to change resources; every other starts read-only.
 */
public record Settings(ThemeChoice theme, WindowBounds window, String lastArea, List<String> writableProfiles) {

    public Settings {
        theme = theme == null ? ThemeChoice.LIGHT : theme;
        window = window == null || !window.usable() ? null : window;
        writableProfiles = writableProfiles == null ? List.of() : List.copyOf(writableProfiles);
    }

    public static Settings defaults() {
        return new Settings(ThemeChoice.LIGHT, null, null, List.of());
    }

    public Settings withTheme(ThemeChoice newTheme) {
        return new Settings(newTheme, window, lastArea, writableProfiles);
    }

    public Settings withWindow(WindowBounds newWindow) {
        return new Settings(theme, newWindow, lastArea, writableProfiles);
    }

    public Settings withLastArea(String newLastArea) {
        return new Settings(theme, window, newLastArea, writableProfiles);
    }

    public boolean writesAllowed(String profile) {
        return writableProfiles.contains(profile);
    }

    public Settings withWritesAllowed(String profile, boolean allowed) {
        List<String> profiles = new ArrayList<>(writableProfiles);
        profiles.remove(profile);
        if (allowed) {
            profiles.add(profile);
        }
        return new Settings(theme, window, lastArea, profiles);
    }
}
