package dev.berth;

import dev.berth.app.BerthApp;

/** Plain main class, so the fat jar starts JavaFX from the classpath without a module path. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        BerthApp.main(args);
    }
}
