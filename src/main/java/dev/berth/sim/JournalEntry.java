package dev.berth.sim;

/** One acknowledged command and the simulated time (epoch milliseconds) at which it was applied. */
public record JournalEntry(long atEpochMillis, SimCommand command) {
}
