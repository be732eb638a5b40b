package dev.berth.core.settings;

import java.nio.file.Path;
import java.util.Map;

/** Where Berth keeps its state: {@code ~/.berth}, or {@code BERTH_HOME} when set. Worlds live under {@code worlds/}. */
public record BerthHome(Path root) {

    public static BerthHome fromEnvironment() {
        return from(System.getenv(), System.getProperty("user.home"));
    }

    static BerthHome from(Map<String, String> env, String userHome) {
        String override = env.get("BERTH_HOME");
        if (override != null && !override.isBlank()) {
            return new BerthHome(Path.of(override));
        }
        return new BerthHome(Path.of(userHome, ".berth"));
    }

    public Path worlds() {
        return root.resolve("worlds");
    }

    public Path world(String name) {
        return worlds().resolve(name);
    }

    /** What Berth makes for itself and can make again (the fast-start archive, SQLite's native library). */
    public Path cache() {
        return root.resolve("cache");
    }

    public Path settingsFile() {
        return root.resolve("settings.json");
    }
}
