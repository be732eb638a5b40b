package dev.berth.sim.ecs;

import dev.berth.core.model.Task;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * What other engines of the world hear from ECS tasks: every state change (EventBridge's "ECS Task State Change"),
 * and the end of a job container's work ({@link JobWork}).
 */
final class TaskHooks {
    /** A listener, and whether it wants to hear now (describing the task for nobody would cost every change). */
    private record Listener(BooleanSupplier listening, Consumer<Task> changed) {
    }

    private final List<Listener> listeners = new ArrayList<>();
    private JobWork jobs = JobWork.NOTHING;

    void onStateChange(BooleanSupplier listening, Consumer<Task> listener) {
        listeners.add(new Listener(listening, listener));
    }

    void runJobsWith(JobWork work) {
        jobs = work;
    }

    JobWork jobs() {
        return jobs;
    }

    void changed(TaskState task) {
        Task described = null;
        for (Listener listener : listeners) {
            if (listener.listening().getAsBoolean()) {
                described = described != null ? described : task.toTask();
                listener.changed().accept(described);
            }
        }
    }
}
