package dev.berth.sim;

import dev.berth.sim.ecs.EcsCommand;
import dev.berth.sim.ecs.EcsWorld;
import dev.berth.sim.ecs.ImageRegistry;
import dev.berth.sim.elb.ElbCommand;
import dev.berth.sim.elb.ElbWorld;

import java.time.Instant;

/** All the state of one simulated world, and its virtual time. Not thread-safe: the {@link Simulator} guards it. */
final class World {
    /** Salt of the ELB engine's random stream ("ELB"). */
    private static final long ELB_STREAM = 0x454C42L;

    private final WorldContext context;
    private final ElbWorld elb;
    private final EcsWorld ecs;

    World(WorldSettings settings, ImageRegistry images) {
        this.context = new WorldContext(settings);
        this.elb = new ElbWorld(new EngineContext(context, ELB_STREAM));
        this.ecs = new EcsWorld(context, images, elb);
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

    ElbWorld elb() {
        return elb;
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
        if (command instanceof ElbCommand<?> elbCommand) {
            return elbCommand.applyTo(elb);
        }
        throw new IllegalArgumentException("Not a command this world knows: " + command);
    }
}
