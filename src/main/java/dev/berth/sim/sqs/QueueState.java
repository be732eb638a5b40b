package dev.berth.sim.sqs;

import dev.berth.core.model.LoadProfile;
import dev.berth.core.model.QueueAttributeNames;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * One standard queue. Messages are kept as counts sent at the same moment, not one by one, so a producer of
 * thousands of messages a minute costs a few objects a minute: visible ones oldest first, delayed ones until their
 * delay ends, and in-flight ones per worker task until the task deletes them or, if it stops first, until the
 * visibility timeout returns them. A message sent through the API is a batch of one that carries its
 * {@link StoredMessage}; one received through the API waits hidden until its visibility timeout ends or it is deleted.
 */
final class QueueState {
    /** Messages sent at {@code sentAtMillis}, available from {@code availableAtMillis}. */
    static final class Batch {
        final long sentAtMillis;
        final long availableAtMillis;
        long count;
        /** The one message of the batch when it has an identity; null for a count of producer messages. */
        final StoredMessage message;

        Batch(long sentAtMillis, long availableAtMillis, long count, StoredMessage message) {
            this.sentAtMillis = sentAtMillis;
            this.availableAtMillis = availableAtMillis;
            this.count = count;
            this.message = message;
        }
    }

    /** Messages a worker task received at {@code receivedAtMillis} and is processing. */
    record InFlight(String taskArn, long receivedAtMillis, long sentAtMillis, long count, StoredMessage message) {
    }

    final String name;
    final String url;
    final String arn;
    final long createdAtMillis;
    final Map<String, String> settings;
    private final Deque<Batch> visible = new ArrayDeque<>();
    private final List<Batch> delayed = new ArrayList<>();
    private final List<InFlight> inFlight = new ArrayList<>();
    /** Every message with an identity still in the queue, by message id. */
    private final Map<String, StoredMessage> stored = new HashMap<>();
    /** Messages hidden by a ReceiveMessage, in the order they were received. */
    private final List<StoredMessage> hidden = new ArrayList<>();
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

    /** Visible messages at {@code nowMillis}, counting those whose visibility timeout has ended. */
    long visible(long nowMillis) {
        return visibleCount + hidden.stream().filter(m -> m.hiddenUntilMillis <= nowMillis).count();
    }

    long delayed() {
        return delayedCount;
    }

    /** Messages received and not deleted at {@code nowMillis}: by worker tasks and by ReceiveMessage calls. */
    long inFlight(long nowMillis) {
        return inFlightCount + hidden.stream().filter(m -> m.hiddenUntilMillis > nowMillis).count();
    }

    /** Messages sent now with {@code delaySeconds}: visible at once, or once the delay ends. */
    void send(long nowMillis, long count, long delaySeconds) {
        if (count <= 0) {
            return;
        }
        if (delaySeconds > 0) {
            delayed.add(new Batch(nowMillis, nowMillis + delaySeconds * 1000, count, null));
            delayedCount += count;
            return;
        }
        Batch last = visible.peekLast();
        if (last != null && last.sentAtMillis == nowMillis && last.message == null) {
            last.count += count;
        } else {
            visible.addLast(new Batch(nowMillis, nowMillis, count, null));
        }
        visibleCount += count;
    }

    /** A message sent through the API with {@code delaySeconds}: it keeps its identity while it waits. */
    void send(StoredMessage message, long delaySeconds) {
        stored.put(message.messageId, message);
        Batch batch = new Batch(message.sentAtMillis, message.sentAtMillis + delaySeconds * 1000, 1, message);
        if (delaySeconds > 0) {
            delayed.add(batch);
            delayedCount++;
        } else {
            visible.addLast(batch);
            visibleCount++;
        }
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
                forget(messages.message());
            } else if (messages.receivedAtMillis() + timeout <= nowMillis) {
                visible.addFirst(new Batch(messages.sentAtMillis(), nowMillis, messages.count(), messages.message()));
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
                forget(batch.message);
            }
        }
    }

    /** The task receives up to {@code count} messages, oldest first; they are invisible while it processes them. */
    void receive(String taskArn, long nowMillis, long count) {
        long left = Math.min(count, visibleCount);
        while (left > 0) {
            Batch oldest = visible.peekFirst();
            long taken = Math.min(left, oldest.count);
            if (oldest.message != null) {
                oldest.message.received(nowMillis, null);
            }
            inFlight.add(new InFlight(taskArn, nowMillis, oldest.sentAtMillis, taken, oldest.message));
            oldest.count -= taken;
            if (oldest.count == 0) {
                visible.removeFirst();
            }
            left -= taken;
            visibleCount -= taken;
            inFlightCount += taken;
        }
    }

    // --- messages received through the API ---

    StoredMessage stored(String messageId) {
        return stored.get(messageId);
    }

    /** Hidden messages whose visibility timeout has ended become visible again, at the front, in receive order. */
    void endVisibilityTimeouts(long nowMillis) {
        for (int i = hidden.size() - 1; i >= 0; i--) {
            StoredMessage message = hidden.get(i);
            if (message.hiddenUntilMillis <= nowMillis) {
                hidden.remove(i);
                message.hiddenUntilMillis = null;
                visible.addFirst(new Batch(message.sentAtMillis, nowMillis, 1, message));
                visibleCount++;
            }
        }
    }

    /**
     * Takes up to {@code max} visible messages, oldest first, out of the visible ones; a producer's message is given
     * its identity by {@code naming} (from its sent time) as it is taken.
     */
    List<StoredMessage> takeVisible(int max, LongFunction<StoredMessage> naming) {
        List<StoredMessage> taken = new ArrayList<>();
        while (taken.size() < max && !visible.isEmpty()) {
            Batch oldest = visible.peekFirst();
            StoredMessage message = oldest.message;
            if (message == null) {
                message = naming.apply(oldest.sentAtMillis);
                stored.put(message.messageId, message);
            }
            if (--oldest.count == 0) {
                visible.removeFirst();
            }
            visibleCount--;
            taken.add(message);
        }
        return taken;
    }

    /** Messages that stay visible, put back at the front in their order. */
    void showFirst(List<StoredMessage> messages, long nowMillis) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            visible.addFirst(new Batch(messages.get(i).sentAtMillis, nowMillis, 1, messages.get(i)));
            visibleCount++;
        }
    }

    /** The message, visible or hidden, is hidden until {@code untilMillis}. */
    void hide(StoredMessage message, long untilMillis) {
        if (message.hiddenUntilMillis == null) {
            removeVisible(message);
            hidden.add(message);
        }
        message.hiddenUntilMillis = untilMillis;
    }

    /** A hidden message becomes visible at once. */
    void show(StoredMessage message, long nowMillis) {
        if (message.hiddenUntilMillis != null) {
            hidden.remove(message);
            message.hiddenUntilMillis = null;
            showFirst(List.of(message), nowMillis);
        }
    }

    /** The message, visible or hidden, is deleted. */
    void delete(StoredMessage message) {
        if (message.hiddenUntilMillis != null) {
            hidden.remove(message);
            message.hiddenUntilMillis = null;
        } else {
            removeVisible(message);
        }
        forget(message);
    }

    private void removeVisible(StoredMessage message) {
        if (visible.removeIf(batch -> batch.message == message)) {
            visibleCount--;
        }
    }

    private void forget(StoredMessage message) {
        if (message != null) {
            stored.remove(message.messageId);
        }
    }
}
