package dev.berth.sim;

import java.util.concurrent.CountDownLatch;

/** A journal whose disk syncs only when the test says so, and which tells whether its entries are durable yet. */
public final class SlowDisk implements CommandJournal {
    /** Counted down when a sync starts. */
    public final CountDownLatch syncing = new CountDownLatch(1);
    private final CountDownLatch diskDone = new CountDownLatch(1);
    private volatile int appended;
    private volatile int durable;

    @Override
    public synchronized void append(JournalEntry entry) {
        appended++;
        notifyAll();
    }

    /** Waits until {@code entries} entries have been appended; false if they were not within ten seconds. */
    public synchronized boolean awaitAppended(int entries) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (appended < entries) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(left / 1_000_000 + 1);
        }
        return true;
    }

    @Override
    public void recordClock(long epochMillis) {
    }

    @Override
    public void sync() {
        int target = appended;
        syncing.countDown();
        try {
            diskDone.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        synchronized (this) {
            durable = Math.max(durable, target);
        }
    }

    /** Lets every sync, waiting or to come, finish at once. */
    public void finishSyncs() {
        diskDone.countDown();
    }

    /** How many of the appended entries are durable. */
    public int durable() {
        return durable;
    }

    public int appended() {
        return appended;
    }
}
