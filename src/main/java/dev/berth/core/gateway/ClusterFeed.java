package dev.berth.core.gateway;

import dev.berth.core.model.FeedEntry;

import java.util.List;

/**
 * Everything that happened in a cluster, in time order, for the life of the world: the events of all its services
 * (not only the last 100 of each), its tasks stopping with their reasons, scaling activities, target health
 * changes and EventBridge rule invocations. AWS keeps no such feed; only a simulator offers it.
 */
public interface ClusterFeed {

    /** The cluster's entries whose sequence is above {@code afterSequence}, oldest first, at most {@code maxResults}. */
    List<FeedEntry> entriesAfter(String cluster, long afterSequence, int maxResults);
}
