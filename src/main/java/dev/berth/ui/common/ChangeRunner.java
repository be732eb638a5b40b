package dev.berth.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a change against the gateway in the background, tells the asking dialog how it went, and on success
 * lets the view model refresh so the change shows at once.
 */
public final class ChangeRunner {
    private final BackgroundTasks background;

    public ChangeRunner(BackgroundTasks background) {
        this.background = background;
    }

    public <T> void run(Callable<T> change, Function<Throwable, String> explain, Outcome outcome,
                        Consumer<T> afterSuccess) {
        background.run(change,
                result -> {
                    outcome.succeeded();
                    afterSuccess.accept(result);
                },
                failure -> outcome.failed(explain.apply(failure)));
    }
}
