package dev.berth.core.model;

import java.util.List;

/** RunTask's answer: the tasks started and a failure (e.g. RESOURCE:MEMORY) for each that could not be placed. */
public record RunTaskResult(List<Task> tasks, List<Failure> failures) {
    public RunTaskResult {
        tasks = List.copyOf(tasks);
        failures = List.copyOf(failures);
    }
}
