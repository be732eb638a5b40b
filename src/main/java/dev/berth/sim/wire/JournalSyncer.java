package dev.berth.sim.wire;

import dev.berth.sim.CommandJournal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The endpoint's one thread that waits for the disk: it syncs the journals of writes whose answers wait for them, and
 * completes each write's future once its entry is durable (or the sync failed). Writes that arrive while the disk
 * syncs share the next sync, as when writers synced themselves; the endpoint's few workers meanwhile answer reads.
 */
final class JournalSyncer implements AutoCloseable {
    private record Waiting(CommandJournal journal, CompletableFuture<Void> durable) {
    }

    private final BlockingQueue<Waiting> waiting = new LinkedBlockingQueue<>();
    private final Thread thread;

    JournalSyncer(String threadName) {
        thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Completes, on this syncer's thread, once every entry {@code journal} holds so far is durable. */
    CompletableFuture<Void> durable(CommandJournal journal) {
        CompletableFuture<Void> durable = new CompletableFuture<>();
        waiting.add(new Waiting(journal, durable));
        return durable;
    }

    private void run() {
        List<Waiting> batch = new ArrayList<>();
        try {
            while (true) {
                batch.add(waiting.take());
                waiting.drainTo(batch);
                // The first sync covers every entry the batch waits for; the others find nothing left to commit.
                for (Waiting write : batch) {
                    try {
                        write.journal().sync();
                        write.durable().complete(null);
                    } catch (RuntimeException e) {
                        write.durable().completeExceptionally(e);
                    }
                }
                batch.clear();
            }
        } catch (InterruptedException e) {
            // Closed: the journal's own close makes whatever is still queued durable.
        }
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
