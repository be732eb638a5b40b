package dev.berth.app;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

class JavaFxClassPathWarningTest {

    @Test
    void onlyTheClassPathWarningIsDropped() {
        Logger javafx = Logger.getLogger("javafx");
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        javafx.addHandler(capture);
        try {
            JavaFxClassPathWarning.silence();
            javafx.warning("Unsupported JavaFX configuration: classes were loaded from 'unnamed module @5e9f23b4'");
            javafx.warning("Could not resolve '-color-fg-default' while resolving lookups for '-fx-text-fill'");
            Logger.getLogger("javafx.css").log(Level.WARNING, "Unsupported JavaFX configuration, from a child logger");
        } finally {
            javafx.removeHandler(capture);
            javafx.setFilter(null);
        }
        assertThat(logged).containsExactly(
                "Could not resolve '-color-fg-default' while resolving lookups for '-fx-text-fill'",
                "Unsupported JavaFX configuration, from a child logger");
    }
}
