package dev.berth.sim;

/**
 * Where the simulator records what it has acknowledged. {@link #append} returns only once the entry is durable,
 * so a change the caller has been told about survives the process being killed.
 */
public interface CommandJournal {

    void append(JournalEntry entry);

    /** Records how far simulated time has run, so a reopened world resumes where it was. Need not be durable at once. */
    void recordClock(long epochMillis);

    /** A journal that keeps nothing: tests, benchmarks, throw-away worlds. */
    static CommandJournal none() {
        return new CommandJournal() {
            @Override
            public void append(JournalEntry entry) {
            }

            @Override
            public void recordClock(long epochMillis) {
            }
        };
    }
}
