package dev.berth.sim.ecs;

import dev.berth.core.model.ListTasksRequest;
import dev.berth.core.model.Task;
import dev.berth.sim.EcsFixture;
import dev.berth.sim.WorldContext;
import dev.berth.sim.WorldSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An ECS world driven directly, whose scheduler passes come {@code tick} apart. With a tick of minutes every task a
 * pass starts is running and healthy before the next pass, which is the assumption {@code DeploymentPlan} makes.
 */
final class SlowTickWorld {
    private final WorldContext context;
    final EcsWorld ecs;

    SlowTickWorld(long seed, Duration tick) {
        this.context = new WorldContext(WorldSettings.of("slow-tick", seed, EcsFixture.START));
        this.ecs = new EcsWorld(context, ImageRegistry.publicOnly(), tick);
    }

    Instant now() {
        return context.now();
    }

    void advance(Duration amount) {
        context.advanceTo(context.nowMillis() + amount.toMillis());
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
