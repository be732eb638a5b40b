package dev.berth.sim;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A change to the world, as data: validated and applied by the {@link Simulator}, then written to the
 * {@link CommandJournal} before the caller hears of its success. Replaying the same commands at the same
 * simulated times on a world with the same seed gives the same history.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS, property = "@command")
public interface SimCommand {
}
