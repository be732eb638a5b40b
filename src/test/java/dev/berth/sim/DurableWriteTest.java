package dev.berth.sim;

import dev.berth.core.model.Cluster;
import dev.berth.core.model.CreateClusterRequest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A write waits for its journal entry to be durable with the simulator's lock released, so reads go on meanwhile. */
class DurableWriteTest {

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
            disk.finishSyncs();
            assertThat(write.get(10, TimeUnit.SECONDS).clusterName()).isEqualTo("web");
        } finally {
            disk.finishSyncs();
            threads.shutdownNow();
        }
    }

    @Test
    void aCallerThatDefersTheSyncHearsOfTheWriteAtOnceAndIsToldWhichJournalToSync() {
        SlowDisk disk = new SlowDisk();
        Simulator simulator = Simulator.create(WorldSettings.of("test", 7, EcsFixture.START), disk);
        DeferredSync writes = DeferredSync.begin();
        Cluster web;
        CommandJournal unsynced;
        try {
            web = simulator.ecs().createCluster(CreateClusterRequest.named("web"));
        } finally {
            unsynced = writes.end();
        }

        assertThat(unsynced).isSameAs(disk);
        assertThat(web.clusterName()).isEqualTo("web");
        assertThat(disk.appended()).isEqualTo(1);
        assertThat(disk.syncing.getCount()).as("no sync started").isEqualTo(1);
    }

    @Test
    void aDeferralThatWroteNothingNamesNoJournal() {
        Simulator simulator = Simulator.create(WorldSettings.of("test", 7, EcsFixture.START), new SlowDisk());
        DeferredSync reads = DeferredSync.begin();
        CommandJournal unsynced;
        try {
            simulator.ecs().listClusters(null, null);
        } finally {
            unsynced = reads.end();
        }

        assertThat(unsynced).isNull();
    }
}
