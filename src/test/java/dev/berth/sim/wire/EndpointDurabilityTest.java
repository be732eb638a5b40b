package dev.berth.sim.wire;

import dev.berth.sim.CommandJournal;
import dev.berth.sim.JournalEntry;
import dev.berth.sim.SlowDisk;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A write is answered only once its journal entry is durable, and its wait for the disk holds no worker. */
class EndpointDurabilityTest {
    private static final String ECS = "AmazonEC2ContainerServiceV20141113.";
    private static final Instant START = Instant.parse("2026-11-25T08:00:00Z");

    /** An answer and how many journal entries were durable when it arrived. */
    private record Answered(HttpResponse<String> response, int durableOnArrival) {
    }

    @Test
    void writesAreAnsweredOnlyWhenDurableWhileReadsAreAnsweredMeanwhile() throws Exception {
        SlowDisk disk = new SlowDisk();
        Simulator simulator = Simulator.create(WorldSettings.of("wire", 7, START), disk);
        int writes = AwsEndpoint.WORKERS + 1;
        ExecutorService clients = Executors.newFixedThreadPool(writes + 1);
        try (AwsEndpoint endpoint = WireClients.serve(simulator)) {
            List<Future<Answered>> created = new ArrayList<>();
            for (int i = 0; i < writes; i++) {
                String body = "{\"clusterName\":\"c" + i + "\"}";
                created.add(clients.submit(() -> {
                    HttpResponse<String> response = WireClients.postSigned(endpoint.port(), "ecs",
                            ECS + "CreateCluster", body);
                    return new Answered(response, disk.durable());
                }));
            }
            assertThat(disk.awaitAppended(writes)).as("every write applied").isTrue();

            HttpResponse<String> listed = clients.submit(() -> WireClients.postSigned(endpoint.port(), "ecs",
                    ECS + "ListClusters", "{}")).get(10, TimeUnit.SECONDS);

            assertThat(listed.statusCode()).isEqualTo(200);
            assertThat(listed.body()).contains(":cluster/c0\"", ":cluster/c" + (writes - 1) + "\"");
            assertThat(created).noneMatch(Future::isDone);
            disk.finishSyncs();
            for (Future<Answered> write : created) {
                Answered answered = write.get(10, TimeUnit.SECONDS);
                assertThat(answered.response().statusCode()).isEqualTo(200);
                assertThat(answered.durableOnArrival()).as("entries durable when the answer arrived").isPositive();
            }
        } finally {
            disk.finishSyncs();
            clients.shutdownNow();
        }
    }

    @Test
    void aWriteWhoseEntryCannotBeMadeDurableIsAnsweredWithAServerError() throws Exception {
        CommandJournal fullDisk = new CommandJournal() {
            @Override
            public void append(JournalEntry entry) {
            }

            @Override
            public void recordClock(long epochMillis) {
            }

            @Override
            public void sync() {
                throw new IllegalStateException("disk full");
            }
        };
        Simulator simulator = Simulator.create(WorldSettings.of("wire", 7, START), fullDisk);
        try (AwsEndpoint endpoint = WireClients.serve(simulator)) {
            HttpResponse<String> response = WireClients.postSigned(endpoint.port(), "ecs", ECS + "CreateCluster",
                    "{\"clusterName\":\"web\"}");

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).contains("ServerException").doesNotContain("web");
        }
    }
}
