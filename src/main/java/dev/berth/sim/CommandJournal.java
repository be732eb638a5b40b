package dev.berth.sim;

/**
 * Where the simulator records what it has acknowledged. Entries are appended in the order the world applied them;
 * {@link #sync} returns only once every entry appended before it is durable, so a change the caller has been told
 * about survives the process being killed. The simulator syncs after releasing its lock, so no reader of the world
 * waits for the disk, and writes that arrive together share one disk sync.
 */
public interface CommandJournal {

    void append(JournalEntry entry);

    /** Returns once every entry appended so far is durable; a journal whose {@link #append} is durable need not wait. */
    default void sync() {
    }

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
