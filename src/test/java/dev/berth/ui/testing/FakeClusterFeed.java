package dev.berth.ui.testing;

import dev.berth.core.gateway.ClusterFeed;
import dev.berth.core.model.FeedEntry;
import dev.berth.core.model.FeedKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A cluster feed a test writes to; entries get the next sequence number. */
public final class FakeClusterFeed implements ClusterFeed {
    private record Entry(String cluster, FeedEntry entry) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public synchronized void add(String cluster, Instant time, FeedKind kind, String subject, String message) {
        entries.add(new Entry(cluster, new FeedEntry(entries.size() + 1, time, kind, subject, message)));
    }

    @Override
    public synchronized List<FeedEntry> entriesAfter(String cluster, long afterSequence, int maxResults) {
        return entries.stream().filter(e -> e.cluster().equals(cluster) && e.entry().sequence() > afterSequence)
                .map(Entry::entry).limit(maxResults).toList();
    }
}
