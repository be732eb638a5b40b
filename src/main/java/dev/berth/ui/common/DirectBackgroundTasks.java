package dev.berth.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs the work and its callback at once on the calling thread, so tests are synchronous and never sleep. */
public final class DirectBackgroundTasks implements BackgroundTasks {

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception failure) {
            onFailure.accept(failure);
            return;
        }
        onSuccess.accept(result);
    }
}
