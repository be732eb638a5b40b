package dev.berth.core.rollout;

import java.time.Instant;

/** One phase of a task; {@code end} null means the task was still in it when the history was taken. */
public record PhaseSpan(TaskPhase phase, Instant start, Instant end) {
}
