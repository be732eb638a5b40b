package dev.berth.sim;

import java.time.Instant;

/**
 * What the engines of one world share: its settings, its random stream, and its virtual time with the events
 * scheduled on it. Not thread-safe: the {@link Simulator} guards it.
 */
public final class WorldContext implements SimContext {
    private final WorldSettings settings;
    private final SimRandom random;
    private final Timeline timeline = new Timeline();
    private final FeedStore feed = new FeedStore(this::nowMillis);
    private long nowMillis;

    public WorldContext(WorldSettings settings) {
        this.settings = settings;
        this.random = new SimRandom(settings.seed());
        this.nowMillis = settings.start().toEpochMilli();
    }

    @Override
    public long nowMillis() {
        return nowMillis;
    }

    @Override
    public SimRandom random() {
        return random;
    }

    @Override
    public WorldSettings settings() {
        return settings;
    }

    /**
     * This world as an engine with its own random stream sees it: the same time and timeline, and a stream seeded
     * from the world's seed and {@code salt}, so the engine's draws leave the other engines' histories as they were.
     */
    public SimContext withOwnRandom(long salt) {
        return new EngineContext(this, salt);
    }

    @Override
    public FeedRecorder feed() {
        return feed;
    }

    /** The clusters' feeds, to read. */
    FeedStore feeds() {
        return feed;
    }

    /** An event for a time already past runs now: virtual time never goes backwards. */
    @Override
    public void schedule(long atMillis, Runnable action) {
        timeline.schedule(Math.max(atMillis, nowMillis), action);
    }

    /** Runs every event due up to {@code untilMillis}, in order, then stands at that time. */
    public void advanceTo(long untilMillis) {
        if (untilMillis < nowMillis) {
            throw new IllegalArgumentException("Virtual time cannot go back from " + now() + " to "
                    + Instant.ofEpochMilli(untilMillis) + ".");
        }
        timeline.runUntil(untilMillis, at -> nowMillis = at);
        nowMillis = untilMillis;
    }
}
