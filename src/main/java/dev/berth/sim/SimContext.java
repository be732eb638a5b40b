package dev.berth.sim;

import java.time.Instant;

/** What an engine needs from its world: virtual time, the world's random stream, and a timeline to schedule on. */
public interface SimContext {

    long nowMillis();

    default Instant now() {
        return Instant.ofEpochMilli(nowMillis());
    }

    SimRandom random();

    WorldSettings settings();

    /** Runs {@code action} when virtual time reaches {@code atMillis}; a time already past runs at the next advance. */
    void schedule(long atMillis, Runnable action);

    /** Where the engine writes what happened in a cluster, for the cluster's event feed. */
    FeedRecorder feed();
}
