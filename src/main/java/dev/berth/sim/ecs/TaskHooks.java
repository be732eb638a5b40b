package dev.berth.sim.ecs;

import dev.berth.core.model.Task;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What other engines of the world hear from ECS tasks: every state change (EventBridge's "ECS Task State Change"),
 * and the end of a job container's work ({@link JobWork}).
 */
final class TaskHooks {
    private final List<Consumer<Task>> listeners = new ArrayList<>();
    private JobWork jobs = JobWork.NOTHING;

    void onStateChange(Consumer<Task> listener) {
        listeners.add(listener);
    }

    void runJobsWith(JobWork work) {
        jobs = work;
    }

    JobWork jobs() {
        return jobs;
    }

    void changed(TaskState task) {
        if (listeners.isEmpty()) {
            return;
        }
        Task described = task.toTask();
        listeners.forEach(listener -> listener.accept(described));
    }
}
