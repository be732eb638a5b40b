package dev.berth.core.gateway;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The API calls a backend has made: how many of each operation, how many HTTP attempts they took (retries
 * included) and how many were throttled. Thread-safe, as describe batches run in parallel. What one refresh cost
 * is the difference of two snapshots.
 */
public final class ApiCalls {
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final LongAdder attempts = new LongAdder();
    private final LongAdder throttled = new LongAdder();

    public void called(String operation) {
        calls.computeIfAbsent(operation, name -> new LongAdder()).increment();
    }

    public void attempted() {
        attempts.increment();
    }

    public void throttled() {
        throttled.increment();
    }

    public Snapshot snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        calls.forEach((operation, count) -> counts.put(operation, count.sum()));
        return new Snapshot(counts, attempts.sum(), throttled.sum());
    }

    /** Counts at one moment; {@code calls} by operation name, in name order. */
    public record Snapshot(Map<String, Long> calls, long attempts, long throttled) {
        public static final Snapshot NONE = new Snapshot(Map.of(), 0, 0);

        public Snapshot {
            calls = Map.copyOf(calls);
        }

        public long total() {
            return calls.values().stream().mapToLong(Long::longValue).sum();
        }

        public long of(String operation) {
            return calls.getOrDefault(operation, 0L);
        }

        /** What was counted after {@code earlier}. */
        public Snapshot since(Snapshot earlier) {
            Map<String, Long> counts = new TreeMap<>();
            calls.forEach((operation, count) -> {
                long added = count - earlier.of(operation);
                if (added > 0) {
                    counts.put(operation, added);
                }
            });
            return new Snapshot(counts, attempts - earlier.attempts, throttled - earlier.throttled);
        }
    }
}
