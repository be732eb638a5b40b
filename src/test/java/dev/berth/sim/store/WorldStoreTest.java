package dev.berth.sim.store;

import dev.berth.core.gateway.EcsInventory;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.Service;
import dev.berth.core.model.Task;
import dev.berth.core.model.UpdateServiceRequest;
import dev.berth.sim.Simulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorldStoreTest {
    private static final Instant WALL = Instant.parse("2026-11-25T09:00:00Z");
    private static final WorldStore.NewWorld DEMO = new WorldStore.NewWorld(7, true);

    @TempDir
    Path dir;

    private final WorldStore store = new WorldStore();

    @Test
    void aNewWorldIsTheDemoWorld() {
        WorldStore.OpenedWorld world = store.open(dir, "demo", WALL, DEMO);
        try (world) {
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
        try (first) {
            Simulator simulator = first.simulator();
            simulator.advanceBy(Duration.ofMinutes(3));
            simulator.ecs().updateService(UpdateServiceRequest.desiredCount("DemoCluster", "nginxdemos-hello", 3));
            simulator.advanceBy(Duration.ofMinutes(5));
            before = new EcsInventory(simulator.ecs()).services("DemoCluster");
            clockBefore = simulator.now();
        }
        WorldStore.OpenedWorld second = store.open(dir, "demo", WALL.plusSeconds(3600), DEMO);
        try (second) {
            assertThat(second.notice()).isEmpty();
            assertThat(second.simulator().now()).isEqualTo(clockBefore);
            assertThat(new EcsInventory(second.simulator().ecs()).services("DemoCluster")).isEqualTo(before);
            assertThat(before.get(0).runningCount()).isEqualTo(3);
        }
    }

    @Test
    void replayingALongHistoryADayAtATimeTellsHowFarItHasComeAndGivesTheSameWorld() {
        Instant closedAt;
        List<Service> services;
        List<Task> stopped;
        try (WorldStore.OpenedWorld first = store.open(dir, "demo", WALL, DEMO)) {
            Simulator simulator = first.simulator();
            simulator.advanceBy(Duration.ofDays(1).plusHours(7));
            simulator.ecs().updateService(UpdateServiceRequest.desiredCount("DemoCluster", "nginxdemos-hello", 3));
            simulator.advanceBy(Duration.ofDays(2).plusMinutes(3));
            closedAt = simulator.now();
            services = new EcsInventory(simulator.ecs()).services("DemoCluster");
            stopped = new EcsInventory(simulator.ecs()).tasks("DemoCluster", "STOPPED");
        }
        List<Instant> steps = new ArrayList<>();
        WorldStore.Replay replay = new WorldStore.Replay(millis -> steps.add(Instant.ofEpochMilli(millis)));
        assertThat(replay.position()).isEmpty();

        try (WorldStore.OpenedWorld second = store.open(dir, "demo", WALL, DEMO, replay)) {
            assertThat(second.simulator().now()).isEqualTo(closedAt);
            assertThat(new EcsInventory(second.simulator().ecs()).services("DemoCluster")).isEqualTo(services);
            assertThat(new EcsInventory(second.simulator().ecs()).tasks("DemoCluster", "STOPPED")).isEqualTo(stopped);
        }

        assertThat(steps).hasSizeGreaterThanOrEqualTo(4).last().isEqualTo(closedAt);
        for (int i = 1; i < steps.size(); i++) {
            assertThat(Duration.between(steps.get(i - 1), steps.get(i))).isPositive()
                    .isLessThanOrEqualTo(Duration.ofDays(1));
        }
        assertThat(replay.position()).hasValueSatisfying(at -> {
            assertThat(at.until()).isEqualTo(closedAt);
            assertThat(at.reached()).isEqualTo(closedAt);
            assertThat(at.fraction()).isEqualTo(1.0);
        });
    }

    @Test
    void anUnreadableWorldIsMovedAsideAndANewOneCreated() throws IOException {
        Files.writeString(dir.resolve("world.db"), "{ this was never a database ".repeat(100));
        WorldStore.OpenedWorld world = store.open(dir, "demo", WALL, DEMO);
        try (world) {
            assertThat(world.notice()).hasValueSatisfying(notice -> assertThat(notice)
                    .contains("The saved world 'demo' could not be read")
                    .contains("world.db.unreadable-20261125-090000"));
            assertThat(Files.readString(dir.resolve("world.db.unreadable-20261125-090000")))
                    .startsWith("{ this was never a database");
            assertThat(new EcsInventory(world.simulator().ecs()).clusters())
                    .extracting(c -> c.clusterName()).contains("DemoCluster");
        }
    }

    @Test
    void aWorldOpenElsewhereIsRefusedUntilItIsClosed() {
        WorldStore.OpenedWorld first = store.open(dir, "demo", WALL, DEMO);
        try (first) {
            assertThatThrownBy(() -> store.open(dir, "demo", WALL, DEMO))
                    .isInstanceOf(WorldLock.WorldInUseException.class)
                    .hasMessageContaining("The world 'demo' is open in another Berth window");
        }
        try (WorldStore.OpenedWorld again = store.open(dir, "demo", WALL, DEMO)) {
            assertThat(again.notice()).isEmpty();
        }
    }

    /**
     * A child JVM registers task definition revisions through the simulator and prints each acknowledgement; we
     * kill it with SIGKILL mid-stream. Every revision it was told about must be there when the world is reopened.
     */
    @Test
    void everyAcknowledgedChangeSurvivesKillNine() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                RevisionWriter.class.getName(), dir.toString()).redirectErrorStream(true).start();
        int acknowledged = 0;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && acknowledged < 40) {
                if (line.startsWith("ack ")) {
                    acknowledged = Integer.parseInt(line.substring(4));
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).isEqualTo(40);
        WorldStore.OpenedWorld world = store.open(dir, "demo", WALL, DEMO);
        try (world) {
            assertThat(world.notice()).isEmpty();
            for (int revision = 1; revision <= acknowledged; revision++) {
                assertThat(world.simulator().ecs().describeTaskDefinition("killed:" + revision).revision())
                        .isEqualTo(revision);
            }
        }
    }

    /** The child process of {@link #everyAcknowledgedChangeSurvivesKillNine}: registers revisions until killed. */
    public static final class RevisionWriter {
        public static void main(String[] args) {
            WorldStore.OpenedWorld world = new WorldStore().open(Path.of(args[0]), "demo", WALL, DEMO);
            ContainerDefinition web = new ContainerDefinition("web", "nginxdemos/hello", null, null, null, true,
                    List.of(new PortMapping(80, null, "tcp")), List.of(), List.of(), null);
            for (int i = 1; i <= 100_000; i++) {
                world.simulator().ecs().registerTaskDefinition(new RegisterTaskDefinitionRequest("killed", "awsvpc",
                        List.of("FARGATE"), "256", "512", null, null, List.of(web), List.of()));
                world.simulator().advanceBy(Duration.ofSeconds(1));
                System.out.println("ack " + i);
                System.out.flush();
            }
        }
    }
}
