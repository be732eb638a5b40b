package dev.berth.core.rollout;

import java.time.Instant;

/** From {@code at} until the next step, the count is {@code count}. */
public record CountStep(Instant at, int count) {
}
