package dev.berth.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a view model's reads in the background and applies only the newest answer: every read gets a sequence
 * number, and a result (or failure) that arrives after a newer read was started is dropped, so a slow old
 * response never overwrites a fresh one. Keeps the error to show and the wall-clock time of the last success.
 */
public final class Refresher {
    private final BackgroundTasks background;
    private final Clock clock;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyObjectWrapper<Instant> refreshedAt = new ReadOnlyObjectWrapper<>(this, "refreshedAt");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private long latestRequest;

    public Refresher(BackgroundTasks background, Clock clock) {
        this.background = background;
        this.clock = clock;
    }

    /** Reads with {@code read}; if no newer read has started since, hands the answer to {@code apply}. */
    public <T> void read(Callable<T> read, Consumer<T> apply, Function<Throwable, String> explain) {
        long request = ++latestRequest;
        busy.set(true);
        background.run(read,
                result -> {
                    if (request == latestRequest) {
                        busy.set(false);
                        error.set(null);
                        apply.accept(result);
                        refreshedAt.set(clock.instant());
                    }
                },
                failure -> {
                    if (request == latestRequest) {
                        busy.set(false);
                        error.set(explain.apply(failure));
                    }
                });
    }

    /** Drops whatever is in flight, e.g. when the cluster being shown changes. */
    public void cancelPending() {
        latestRequest++;
        busy.set(false);
    }

    /** The last read's failure as a sentence for the user, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> refreshedAtProperty() {
        return refreshedAt.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
