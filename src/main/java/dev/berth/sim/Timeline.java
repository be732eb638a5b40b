package dev.berth.sim;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.LongConsumer;

/**
 * The discrete events still to happen, ordered by time and then by the order they were scheduled in, so the same
 * schedule runs the same way however the caller slices time.
 */
final class Timeline {
    private record Scheduled(long atMillis, long sequence, Runnable action) {
    }

    private final PriorityQueue<Scheduled> queue = new PriorityQueue<>(
            Comparator.comparingLong(Scheduled::atMillis).thenComparingLong(Scheduled::sequence));
    private long nextSequence;

    void schedule(long atMillis, Runnable action) {
        queue.add(new Scheduled(atMillis, nextSequence++, action));
    }

    /** Runs every event due at or before {@code untilMillis}, telling {@code clock} each event's time first. */
    void runUntil(long untilMillis, LongConsumer clock) {
        while (!queue.isEmpty() && queue.peek().atMillis() <= untilMillis) {
            Scheduled next = queue.poll();
            clock.accept(next.atMillis());
            next.action().run();
        }
    }
}
