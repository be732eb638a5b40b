package dev.berth.ui.testing;

import dev.berth.ui.common.BackgroundTasks;
import dev.berth.ui.common.DirectBackgroundTasks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Holds work until the test finishes it, in whatever order it likes: how a test makes a slow response arrive late. */
public final class ManualBackgroundTasks implements BackgroundTasks {
    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        pending.add(() -> new DirectBackgroundTasks().run(work, onSuccess, onFailure));
    }

    public int pendingCount() {
        return pending.size();
    }

    /** Runs the {@code index}-th pending job (0 = oldest) and its callback. */
    public void finish(int index) {
        pending.remove(index).run();
    }
}
