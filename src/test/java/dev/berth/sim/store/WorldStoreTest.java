package dev.berth.sim.store;

import dev.berth.core.gateway.EcsInventory;
import dev.berth.core.model.Service;
import dev.berth.core.model.UpdateServiceRequest;
import dev.berth.sim.Simulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorldStoreTest {
    private static final Instant WALL = Instant.parse("2026-11-25T09:00:00Z");
    private static final WorldStore.NewWorld DEMO = new WorldStore.NewWorld(7, true);

    @TempDir
    Path dir;

    private final WorldStore store = new WorldStore();

    @Test
    void aNewWorldIsTheDemoWorld() {
        WorldStore.OpenedWorld world = store.open(dir, "demo", WALL, DEMO);
        try (SqliteJournal journal = world.journal()) {
            assertThat(world.notice()).isEmpty();
            assertThat(new EcsInventory(world.simulator().ecs()).clusters())
                    .extracting(c -> c.clusterName()).contains("DemoCluster");
        }
    }

    @Test
    void reopeningAWorldReplaysItToTheSameState() {
        List<Service> before;
        Instant clockBefore;
        WorldStore.OpenedWorld first = store.open(dir, "demo", WALL, DEMO);
        try (SqliteJournal journal = first.journal()) {
            Simulator simulator = first.simulator();
            simulator.advanceBy(Duration.ofMinutes(3));
            simulator.ecs().updateService(UpdateServiceRequest.desiredCount("DemoCluster", "nginxdemos-hello", 3));
            simulator.advanceBy(Duration.ofMinutes(5));
            before = new EcsInventory(simulator.ecs()).services("DemoCluster");
            clockBefore = simulator.now();
        }
        WorldStore.OpenedWorld second = store.open(dir, "demo", WALL.plusSeconds(3600), DEMO);
        try (SqliteJournal journal = second.journal()) {
            assertThat(second.notice()).isEmpty();
            assertThat(second.simulator().now()).isEqualTo(clockBefore);
            assertThat(new EcsInventory(second.simulator().ecs()).services("DemoCluster")).isEqualTo(before);
            assertThat(before.get(0).runningCount()).isEqualTo(3);
        }
    }

    @Test
    void anUnreadableWorldIsMovedAsideAndANewOneCreated() throws IOException {
        Files.writeString(dir.resolve("world.db"), "{ this was never a database ".repeat(100));
        WorldStore.OpenedWorld world = store.open(dir, "demo", WALL, DEMO);
        try (SqliteJournal journal = world.journal()) {
            assertThat(world.notice()).hasValueSatisfying(notice -> assertThat(notice)
                    .contains("The saved world 'demo' could not be read")
                    .contains("world.db.unreadable-20261125-090000"));
            assertThat(Files.readString(dir.resolve("world.db.unreadable-20261125-090000")))
                    .startsWith("{ this was never a database");
            assertThat(new EcsInventory(world.simulator().ecs()).clusters())
                    .extracting(c -> c.clusterName()).contains("DemoCluster");
        }
    }
}
