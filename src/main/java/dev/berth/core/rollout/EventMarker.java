package dev.berth.core.rollout;

import java.time.Instant;
import java.util.List;

/** A service event on the timeline, with the ids of the tasks its message names, e.g. "(task 0668...)". */
public record EventMarker(Instant at, String message, List<String> taskIds) {
    public EventMarker {
        taskIds = List.copyOf(taskIds);
    }
}
