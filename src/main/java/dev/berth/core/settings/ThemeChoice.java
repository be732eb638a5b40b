package dev.berth.core.settings;

/** The colour theme the user picked; the UI maps it to an AtlantaFX theme. */
public enum ThemeChoice {
    LIGHT, DARK;

    public ThemeChoice other() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
