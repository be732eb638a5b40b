package dev.berth.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way views get work off the FX thread: {@code work} runs elsewhere, and exactly one of the callbacks
 * runs afterwards on the FX thread. Tests use {@link DirectBackgroundTasks}, which does it all inline.
 */
public interface BackgroundTasks {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
