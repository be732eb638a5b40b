package dev.berth.app;

import java.util.logging.Logger;

/**
 * Drops the warning JavaFX logs on every start when its classes come from the class path, as they do from Berth's
 * jar ("Unsupported JavaFX configuration: classes were loaded from 'unnamed module ...'"). A user can do nothing about
 * it, and formatting that one line through java.util.logging was about a quarter of the CPU JavaFX's launcher thread
 * spends before the first frame (JFR). The filter loads java.util.logging before {@code launch()} (launch ~0.1 s
 * later), which JavaFX's launcher thread would otherwise load on its way to {@code start()}: on balance
 * {@code start()} came ~60 ms sooner (6 alternating starts). JavaFX's other warnings are logged as before.
 */
final class JavaFxClassPathWarning {
    static final String PREFIX = "Unsupported JavaFX configuration";
    /** Held: java.util.logging keeps loggers weakly, and one collected and made again would have no filter. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private JavaFxClassPathWarning() {
    }

    static void silence() {
        JAVAFX.setFilter(record -> record.getMessage() == null || !record.getMessage().startsWith(PREFIX));
    }
}
