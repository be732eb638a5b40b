package dev.berth.sim.sqs;

import dev.berth.core.model.LoadProfile;
import dev.berth.core.model.QueueAttributeNames;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One standard queue. Messages are kept as counts sent at the same moment, not one by one, so a producer of
 * thousands of messages a minute costs a few objects a minute: visible ones oldest first, delayed ones until their
 * delay ends, and in-flight ones per worker task until the task deletes them or, if it stops first, until the
 * visibility timeout returns them.
 */
final class QueueState {
    /** Messages sent at {@code sentAtMillis}, available from {@code availableAtMillis}. */
    static final class Batch {
        final long sentAtMillis;
        final long availableAtMillis;
        long count;

        Batch(long sentAtMillis, long availableAtMillis, long count) {
            this.sentAtMillis = sentAtMillis;
            this.availableAtMillis = availableAtMillis;
            this.count = count;
        }
    }

    /** Messages a worker task received at {@code receivedAtMillis} and is processing. */
    record InFlight(String taskArn, long receivedAtMillis, long sentAtMillis, long count) {
    }

    final String name;
    final String url;
    final String arn;
    final long createdAtMillis;
    final Map<String, String> settings;
    private final Deque<Batch> visible = new ArrayDeque<>();
    private final List<Batch> delayed = new ArrayList<>();
    private final List<InFlight> inFlight = new ArrayList<>();
    private long visibleCount;
    private long delayedCount;
    private long inFlightCount;
    LoadProfile producer;
    double producedCarry;
    double receivedCarry;

    QueueState(String name, String url, String arn, long createdAtMillis, Map<String, String> settings) {
        this.name = name;
        this.url = url;
        this.arn = arn;
        this.createdAtMillis = createdAtMillis;
        this.settings = Map.copyOf(settings);
    }

    long setting(String name) {
        return Long.parseLong(settings.get(name));
    }

    long visible() {
        return visibleCount;
    }

    long delayed() {
        return delayedCount;
    }

    long inFlight() {
        return inFlightCount;
    }

    /** Messages sent now with {@code delaySeconds}: visible at once, or once the delay ends. */
    void send(long nowMillis, long count, long delaySeconds) {
        if (count <= 0) {
            return;
        }
        if (delaySeconds > 0) {
            delayed.add(new Batch(nowMillis, nowMillis + delaySeconds * 1000, count));
            delayedCount += count;
            return;
        }
        Batch last = visible.peekLast();
        if (last != null && last.sentAtMillis == nowMillis) {
            last.count += count;
        } else {
            visible.addLast(new Batch(nowMillis, nowMillis, count));
        }
        visibleCount += count;
    }

    /** Delayed messages whose delay has ended become visible. */
    void endDelays(long nowMillis) {
        for (Iterator<Batch> it = delayed.iterator(); it.hasNext(); ) {
            Batch batch = it.next();
            if (batch.availableAtMillis <= nowMillis) {
                it.remove();
                delayedCount -= batch.count;
                visible.addLast(batch);
                visibleCount += batch.count;
            }
        }
    }

    /**
     * In-flight messages of tasks still running were processed and deleted; those of tasks that stopped become
     * visible again once the visibility timeout has passed since they were received. Answers how many were deleted.
     */
    long settle(long nowMillis, Collection<String> runningTasks) {
        long deleted = 0;
        long timeout = setting(QueueAttributeNames.VISIBILITY_TIMEOUT) * 1000;
        for (Iterator<InFlight> it = inFlight.iterator(); it.hasNext(); ) {
            InFlight messages = it.next();
            if (runningTasks.contains(messages.taskArn())) {
                deleted += messages.count();
            } else if (messages.receivedAtMillis() + timeout <= nowMillis) {
                visible.addFirst(new Batch(messages.sentAtMillis(), nowMillis, messages.count()));
                visibleCount += messages.count();
            } else {
                continue;
            }
            it.remove();
            inFlightCount -= messages.count();
        }
        return deleted;
    }

    /** Messages older than the retention period are gone, wherever they are waiting. */
    void expire(long nowMillis) {
        long oldestKept = nowMillis - setting(QueueAttributeNames.MESSAGE_RETENTION_PERIOD) * 1000;
        for (Iterator<Batch> it = visible.iterator(); it.hasNext(); ) {
            Batch batch = it.next();
            if (batch.sentAtMillis <= oldestKept) {
                it.remove();
                visibleCount -= batch.count;
            }
        }
    }

    /** The task receives up to {@code count} messages, oldest first; they are invisible while it processes them. */
    void receive(String taskArn, long nowMillis, long count) {
        long left = Math.min(count, visibleCount);
        while (left > 0) {
            Batch oldest = visible.peekFirst();
            long taken = Math.min(left, oldest.count);
            inFlight.add(new InFlight(taskArn, nowMillis, oldest.sentAtMillis, taken));
            oldest.count -= taken;
            if (oldest.count == 0) {
                visible.removeFirst();
            }
            left -= taken;
            visibleCount -= taken;
            inFlightCount += taken;
        }
    }
}
