package dev.berth.sim;

import dev.berth.sim.ecs.EcsCommand;
import dev.berth.sim.ecs.EcsWorld;
import dev.berth.sim.ecs.ImageRegistry;
import dev.berth.sim.scaling.ScalingCommand;
import dev.berth.sim.scaling.ScalingWorld;

import java.time.Instant;

/** All the state of one simulated world, and its virtual time. Not thread-safe: the {@link Simulator} guards it. */
final class World {
    /** Mixed into the seed for the auto scaling engine's own random stream. */
    private static final long SCALING_STREAM = 0x5CA1AB1E5CA1AB1EL;

    private final WorldContext context;
    private final EcsWorld ecs;
    private final ScalingWorld scaling;

    World(WorldSettings settings, ImageRegistry images) {
        this.context = new WorldContext(settings);
        this.ecs = new EcsWorld(context, images);
        this.scaling = new ScalingWorld(context.withRandom(new SimRandom(settings.seed() ^ SCALING_STREAM)), ecs);
    }

    long nowMillis() {
        return context.nowMillis();
    }

    Instant now() {
        return context.now();
    }

    EcsWorld ecs() {
        return ecs;
    }

    ScalingWorld scaling() {
        return scaling;
    }

    /** Runs every event due up to {@code untilMillis}, in order, then stands at that time. */
    void advanceTo(long untilMillis) {
        context.advanceTo(untilMillis);
    }

    /** Applies a journaled command; refused commands are never journaled, so replay applies only accepted ones. */
    Object apply(SimCommand command) {
        if (command instanceof EcsCommand<?> ecsCommand) {
            return ecsCommand.applyTo(ecs);
        }
        if (command instanceof ScalingCommand<?> scalingCommand) {
            return scalingCommand.applyTo(scaling);
        }
        throw new IllegalArgumentException("Not a command this world knows: " + command);
    }
}
