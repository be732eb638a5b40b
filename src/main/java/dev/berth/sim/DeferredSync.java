package dev.berth.sim;

/**
 * Lets a caller that can answer later take over the wait for its writes' journal sync. Between {@link #begin} and
 * {@link #end} on one thread, a write is applied and journaled as always but returns without waiting for the disk;
 * {@link #end} names the journal the caller must {@link CommandJournal#sync sync} before it tells anyone of the write.
 * The endpoint uses it so that a write does not hold one of its few workers while the disk syncs; every other caller
 * keeps the plain path, where a write returns only once it is durable.
 */
public final class DeferredSync {
    private static final ThreadLocal<DeferredSync> CURRENT = new ThreadLocal<>();

    private CommandJournal unsynced;

    private DeferredSync() {
    }

    /** Starts deferring this thread's syncs, until {@link #end}. */
    public static DeferredSync begin() {
        DeferredSync deferral = new DeferredSync();
        CURRENT.set(deferral);
        return deferral;
    }

    /** Stops deferring; returns the journal to sync before the writes are told of, or null if nothing was written. */
    public CommandJournal end() {
        CURRENT.remove();
        return unsynced;
    }

    /**
     * Whether this thread's caller syncs {@code journal} itself; called by the simulator once a write is journaled. A
     * write to a second journal in one deferral (the GUI switched worlds in between) is synced at once instead.
     */
    static boolean takenOver(CommandJournal journal) {
        DeferredSync deferral = CURRENT.get();
        if (deferral == null || (deferral.unsynced != null && deferral.unsynced != journal)) {
            return false;
        }
        deferral.unsynced = journal;
        return true;
    }
}
