package dev.berth.sim.ecs;

import dev.berth.core.model.Task;

import java.util.Map;

/**
 * A simulated batch job. A container whose environment sets {@link #SECONDS} (an essential container, say
 * {@code BERTH_JOB_SECONDS=90}) works that many seconds once its task is RUNNING, then exits, and its task stops as
 * an essential container's exit stops it. What the work did and the exit code it ends with come from the engine
 * that owns the services the job writes to; the ECS engine alone knows of no such services and answers 0.
 */
@FunctionalInterface
public interface JobWork {
    /** The environment variable that makes a container a job, and how long it works, in whole seconds. */
    String SECONDS = "BERTH_JOB_SECONDS";

    JobWork NOTHING = (task, container, environment) -> 0;

    /** Does the job's work at the moment it finishes; answers the container's exit code. */
    int finish(Task task, String containerName, Map<String, String> environment);
}
