package dev.berth.sim.ecs;

/** What the service scheduler hears from the task lifecycle about its services' tasks. */
interface TaskObserver {

    void taskRunning(TaskState task);

    void taskHealthy(TaskState task);

    void taskFailedToStart(TaskState task);
}
