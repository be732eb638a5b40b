package dev.berth.ui.common;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A few daemon threads for gateway calls; results go back to the FX thread with {@link Platform#runLater}.
 * Daemon threads, so a call hanging on the network never keeps the app from exiting.
 */
public final class FxBackgroundTasks implements BackgroundTasks {
    /** Gateway calls wait on the network, not the CPU, so a few more threads than cores is right. */
    private static final int THREADS = 4;

    private final ExecutorService executor = Executors.newFixedThreadPool(THREADS, new DaemonThreads());

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Throwable failure) {
                // Errors too: a background failure must reach the user, never vanish with the thread.
                Platform.runLater(() -> onFailure.accept(failure));
            }
        });
    }

    public void shutdown() {
        executor.shutdownNow();
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "berth-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
