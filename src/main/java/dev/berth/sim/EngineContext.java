package dev.berth.sim;

/**
 * A world's context as one engine sees it: the world's time, timeline and settings, with a random stream of the
 * engine's own, derived from the world's seed. An engine added to the simulator draws from its own stream, so it
 * does not shift the history of the engines that were there before it.
 */
final class EngineContext implements SimContext {
    private final WorldContext world;
    private final SimRandom random;

    EngineContext(WorldContext world, long streamSalt) {
        this.world = world;
        this.random = new SimRandom(world.settings().seed() ^ streamSalt);
    }

    @Override
    public long nowMillis() {
        return world.nowMillis();
    }

    @Override
    public SimRandom random() {
        return random;
    }

    @Override
    public WorldSettings settings() {
        return world.settings();
    }

    @Override
    public void schedule(long atMillis, Runnable action) {
        world.schedule(atMillis, action);
    }

    @Override
    public FeedRecorder feed() {
        return world.feed();
    }
}
