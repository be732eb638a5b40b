package dev.berth.sim;

import dev.berth.sim.ecs.EcsCommand;
import dev.berth.sim.ecs.EcsWorld;
import dev.berth.sim.ecs.ImageRegistry;

/** All the state of one simulated world, and its virtual time. Not thread-safe: the {@link Simulator} guards it. */
final class World implements SimContext {
    private final WorldSettings settings;
    private final SimRandom random;
    private final Timeline timeline = new Timeline();
    private final EcsWorld ecs;
    private long nowMillis;

    World(WorldSettings settings, ImageRegistry images) {
        this.settings = settings;
        this.random = new SimRandom(settings.seed());
        this.nowMillis = settings.start().toEpochMilli();
        this.ecs = new EcsWorld(this, images);
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

    /** An event for a time already past runs now: virtual time never goes backwards. */
    @Override
    public void schedule(long atMillis, Runnable action) {
        timeline.schedule(Math.max(atMillis, nowMillis), action);
    }

    EcsWorld ecs() {
        return ecs;
    }

    /** Runs every event due up to {@code untilMillis}, in order, then stands at that time. */
    void advanceTo(long untilMillis) {
        if (untilMillis < nowMillis) {
            throw new IllegalArgumentException("Virtual time cannot go back from " + now() + " to "
                    + java.time.Instant.ofEpochMilli(untilMillis) + ".");
        }
        timeline.runUntil(untilMillis, at -> nowMillis = at);
        nowMillis = untilMillis;
    }

    /** Applies a journaled command; refused commands are never journaled, so replay applies only accepted ones. */
    Object apply(SimCommand command) {
        if (command instanceof EcsCommand<?> ecsCommand) {
            return ecsCommand.applyTo(ecs);
        }
        throw new IllegalArgumentException("Not a command this world knows: " + command);
    }
}
