package dev.berth.sim;

import dev.berth.core.model.FeedEntry;
import dev.berth.core.model.FeedKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Every cluster's feed, kept for the life of the world. An entry is a compact record (time, kind, two strings the
 * engines already hold, the message cut at {@link #MAX_MESSAGE} characters), so a long-lived world costs a bounded
 * amount per entry. The feed is rebuilt by replaying the journal, like the rest of the world, and never journaled.
 */
final class FeedStore implements FeedRecorder {
    static final int MAX_MESSAGE = 1024;

    private record Stored(long sequence, long atMillis, FeedKind kind, String subject, String message) {
    }

    private final LongSupplier clock;
    private final Map<String, List<Stored>> byCluster = new HashMap<>();
    private long lastSequence;

    FeedStore(LongSupplier clock) {
        this.clock = clock;
    }

    @Override
    public void record(String cluster, FeedKind kind, String subject, String message) {
        String bounded = message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE - 1) + "…" : message;
        byCluster.computeIfAbsent(cluster, name -> new ArrayList<>())
                .add(new Stored(++lastSequence, clock.getAsLong(), kind, subject, bounded));
    }

    List<FeedEntry> entriesAfter(String cluster, long afterSequence, int maxResults) {
        List<Stored> entries = byCluster.getOrDefault(cluster, List.of());
        int from = firstAfter(entries, afterSequence);
        int to = (int) Math.min(entries.size(), (long) from + Math.max(0, maxResults));
        List<FeedEntry> page = new ArrayList<>(Math.max(0, to - from));
        for (Stored stored : entries.subList(from, to)) {
            page.add(new FeedEntry(stored.sequence(), Instant.ofEpochMilli(stored.atMillis()), stored.kind(),
                    stored.subject(), stored.message()));
        }
        return page;
    }

    /** Entries are in sequence order, so a binary search finds where the page starts. */
    private static int firstAfter(List<Stored> entries, long afterSequence) {
        int low = 0;
        int high = entries.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (entries.get(middle).sequence() <= afterSequence) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
