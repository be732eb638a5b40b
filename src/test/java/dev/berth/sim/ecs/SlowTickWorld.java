package dev.berth.sim.ecs;

import dev.berth.core.model.Task;
import dev.berth.core.model.ListTasksRequest;
import dev.berth.sim.EcsFixture;
import dev.berth.sim.SimContext;
import dev.berth.sim.SimRandom;
import dev.berth.sim.Timeline;
import dev.berth.sim.WorldSettings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An ECS world driven directly, whose scheduler passes come {@code tick} apart. With a tick of minutes every task a
 * pass starts is running and healthy before the next pass, which is the assumption {@code DeploymentPlan} makes.
 */
final class SlowTickWorld implements SimContext {
    private final WorldSettings settings;
    private final SimRandom random;
    private final Timeline timeline = new Timeline();
    private long nowMillis;
    final EcsWorld ecs;

    SlowTickWorld(long seed, Duration tick) {
        this.settings = WorldSettings.of("slow-tick", seed, EcsFixture.START);
        this.random = new SimRandom(seed);
        this.nowMillis = settings.start().toEpochMilli();
        this.ecs = new EcsWorld(this, ImageRegistry.publicOnly(), tick);
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

    @Override
    public void schedule(long atMillis, Runnable action) {
        timeline.schedule(Math.max(atMillis, nowMillis), action);
    }

    void advance(Duration amount) {
        long until = nowMillis + amount.toMillis();
        timeline.runUntil(until, at -> nowMillis = at);
        nowMillis = until;
    }

    /** Every task of the service, those still wanting to run and the stopped ones. */
    List<Task> tasks(String service) {
        List<Task> tasks = new ArrayList<>();
        for (String desiredStatus : List.of("RUNNING", "STOPPED")) {
            List<String> arns = ecs.listTasks(new ListTasksRequest(EcsFixture.CLUSTER, service, null, null, null,
                    desiredStatus, null, 100)).items();
            if (!arns.isEmpty()) {
                tasks.addAll(ecs.describeTasks(EcsFixture.CLUSTER, arns).items());
            }
        }
        return tasks;
    }
}
