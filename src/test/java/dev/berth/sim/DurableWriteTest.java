package dev.berth.sim;

import dev.berth.core.model.Cluster;
import dev.berth.core.model.CreateClusterRequest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A write waits for its journal entry to be durable with the simulator's lock released, so reads go on meanwhile. */
class DurableWriteTest {

    /** A journal whose disk takes as long as the test says. */
    private static final class SlowDisk implements CommandJournal {
        final CountDownLatch syncing = new CountDownLatch(1);
        final CountDownLatch diskDone = new CountDownLatch(1);

        @Override
        public void append(JournalEntry entry) {
        }

        @Override
        public void recordClock(long epochMillis) {
        }

        @Override
        public void sync() {
            syncing.countDown();
            try {
                diskDone.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void readsAreAnsweredWhileAWriteWaitsForTheDiskAndTheWriterHearsOnlyAfterIt() throws Exception {
        SlowDisk disk = new SlowDisk();
        Simulator simulator = Simulator.create(WorldSettings.of("test", 7, EcsFixture.START), disk);
        // Own threads: the common pool may have a single thread on a small machine.
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Cluster> write = threads.submit(
                    () -> simulator.ecs().createCluster(CreateClusterRequest.named("web")));
            assertThat(disk.syncing.await(10, TimeUnit.SECONDS)).isTrue();

            List<String> clusters = threads.submit(() -> simulator.ecs().listClusters(null, null).items())
                    .get(10, TimeUnit.SECONDS);

            assertThat(clusters).hasSize(1);
            assertThat(write).isNotDone();
            disk.diskDone.countDown();
            assertThat(write.get(10, TimeUnit.SECONDS).clusterName()).isEqualTo("web");
        } finally {
            disk.diskDone.countDown();
            threads.shutdownNow();
        }
    }
}
