package dev.berth.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.ListTasksRequest;
import dev.berth.core.model.Page;
import dev.berth.core.model.RunTaskRequest;
import dev.berth.core.model.Task;
import dev.berth.core.model.UpdateServiceRequest;
import dev.berth.sim.ecs.EcsWorld;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Readers share the world, changes hold it alone, and the order changes were applied in is the journal's order. */
class SimulatorConcurrencyTest {
    private static final int WRITERS = 4;
    private static final int READERS = 2;
    private static final int CHANGES_PER_WRITER = 30;
    /** At most ten minutes of virtual time while the writers run: enough for tasks to start and stop. */
    private static final int CLOCK_TICKS = 300;

    @Test
    void aReadIsAnsweredWhileAnotherReadIsStillLookingAtTheWorld() throws Exception {
        EcsFixture fixture = new EcsFixture(3).withCluster();
        CountDownLatch looking = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> slowRead = threads.submit(() -> fixture.simulator.read(ecs -> {
                looking.countDown();
                awaitQuietly(done);
                return ecs.listClusters(null, null).items().size();
            }));
            assertThat(looking.await(10, TimeUnit.SECONDS)).isTrue();

            List<String> clusters = threads.submit(() -> fixture.ecs.listClusters(null, null).items())
                    .get(10, TimeUnit.SECONDS);

            assertThat(clusters).hasSize(1);
            assertThat(slowRead).isNotDone();
            done.countDown();
            assertThat(slowRead.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        } finally {
            done.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void manyReadersAndWritersAndTheClockLeaveTheWorldTheJournalRebuilds() throws Exception {
        JsonRecordingJournal journal = new JsonRecordingJournal();
        EcsFixture fixture = new EcsFixture(11, journal).withCluster();
        fixture.fargateDefinition("web", "nginx:1.27");
        List<String> services = IntStream.range(0, WRITERS).mapToObj(i -> "svc-" + i).toList();
        services.forEach(name -> fixture.fargateService(name, "web", 2, DeploymentConfiguration.defaults()));
        CountDownLatch reading = new CountDownLatch(READERS);
        CountDownLatch writing = new CountDownLatch(WRITERS);
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS + READERS + 1);
        try {
            List<Future<Void>> readers = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                readers.add(threads.submit(() -> readWhile(fixture.simulator, reading, writing)));
            }
            List<Future<?>> writers = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                int writer = i;
                writers.add(threads.submit(() -> {
                    try {
                        assertThat(reading.await(60, TimeUnit.SECONDS)).isTrue();
                        write(fixture, writer);
                    } finally {
                        writing.countDown();
                    }
                    return null;
                }));
            }
            Future<?> clock = threads.submit(() -> {
                assertThat(reading.await(60, TimeUnit.SECONDS)).isTrue();
                for (int tick = 0; tick < CLOCK_TICKS && writing.getCount() > 0; tick++) {
                    fixture.advance(Duration.ofSeconds(2));
                }
                return null;
            });
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
            clock.get(60, TimeUnit.SECONDS);
            for (Future<Void> reader : readers) {
                reader.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        Simulator rebuilt = Simulator.create(fixture.simulator.settings(), CommandJournal.none());
        ObjectMapper json = new ObjectMapper();
        for (String entry : journal.entries()) {
            rebuilt.replay(json.readValue(entry, JournalEntry.class));
        }
        rebuilt.advanceTo(Instant.ofEpochMilli(journal.clock()));
        WorldSnapshot concurrent = WorldSnapshot.of(fixture.simulator, Map.of(EcsFixture.CLUSTER, services));
        assertThat(journal.entries()).hasSize(2 + WRITERS + WRITERS * CHANGES_PER_WRITER);
        assertThat(concurrent.tasks()).hasSizeGreaterThan(WRITERS * 2);
        assertThat(WorldSnapshot.of(rebuilt, Map.of(EcsFixture.CLUSTER, services))).isEqualTo(concurrent);
    }

    /** A seeded mix of one writer's changes to its own service and tasks, as the endpoint's load bench makes. */
    private static void write(EcsFixture fixture, int writer) {
        Random random = new Random(writer);
        Deque<String> own = new ArrayDeque<>();
        String startedBy = "writer-" + writer;
        for (int change = 0; change < CHANGES_PER_WRITER; change++) {
            int roll = random.nextInt(3);
            if (roll == 0) {
                fixture.ecs.updateService(UpdateServiceRequest.desiredCount(EcsFixture.CLUSTER, "svc-" + writer,
                        random.nextInt(5)));
            } else if (roll == 1 || own.isEmpty()) {
                own.add(fixture.ecs.runTask(new RunTaskRequest(EcsFixture.CLUSTER, "web", 1, "FARGATE", List.of(),
                        null, EcsFixture.NETWORK, null, startedBy, List.of())).tasks().get(0).taskArn());
            } else {
                fixture.ecs.stopTask(EcsFixture.CLUSTER, own.removeFirst(), "done");
            }
        }
    }

    /**
     * Reads from before the writers start until they are done; each read sees the world whole: every task a cluster
     * counts as running is there to describe.
     */
    private static Void readWhile(Simulator simulator, CountDownLatch reading, CountDownLatch writing) {
        boolean first = true;
        while (first || writing.getCount() > 0) {
            simulator.read(ecs -> {
                Cluster cluster = ecs.describeClusters(List.of(EcsFixture.CLUSTER)).items().get(0);
                long running = Stream.of("RUNNING", "STOPPED").flatMap(desired -> tasks(ecs, desired).stream())
                        .filter(t -> "RUNNING".equals(t.lastStatus())).count();
                assertThat(running).isEqualTo(cluster.runningTasksCount());
                return null;
            });
            if (first) {
                reading.countDown();
                first = false;
            }
        }
        return null;
    }

    private static List<Task> tasks(EcsWorld ecs, String desiredStatus) {
        List<Task> tasks = new ArrayList<>();
        String token = null;
        do {
            Page<String> page = ecs.listTasks(new ListTasksRequest(EcsFixture.CLUSTER, null, null, null, null,
                    desiredStatus, token, null));
            tasks.addAll(ecs.describeTasks(EcsFixture.CLUSTER, page.items()).items());
            token = page.nextToken();
        } while (token != null);
        return tasks;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
