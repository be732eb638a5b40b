package dev.berth.sim;

import dev.berth.sim.apprunner.AppRunnerCommand;
import dev.berth.sim.apprunner.AppRunnerWorld;
import dev.berth.sim.ecs.EcsCommand;
import dev.berth.sim.ecs.EcsWorld;
import dev.berth.sim.ecs.ImageRegistry;

import java.time.Instant;

/** All the state of one simulated world, and its virtual time. Not thread-safe: the {@link Simulator} guards it. */
final class World {
    private final WorldContext context;
    private final EcsWorld ecs;
    private final AppRunnerWorld appRunner;

    World(WorldSettings settings, ImageRegistry images) {
        this.context = new WorldContext(settings);
        this.ecs = new EcsWorld(context, images);
        this.appRunner = new AppRunnerWorld(context, images);
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

    AppRunnerWorld appRunner() {
        return appRunner;
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
        if (command instanceof AppRunnerCommand<?> appRunnerCommand) {
            return appRunnerCommand.applyTo(appRunner);
        }
        throw new IllegalArgumentException("Not a command this world knows: " + command);
    }
}
