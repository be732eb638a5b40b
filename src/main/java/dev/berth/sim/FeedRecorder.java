package dev.berth.sim;

import dev.berth.core.model.FeedKind;

/**
 * Where an engine writes what happened in a cluster, for the cluster's event feed; the entry takes the world's
 * current time. One call per happening, e.g. {@code context.feed().record(cluster, FeedKind.RULE, rule, message)}.
 */
public interface FeedRecorder {

    /** {@code cluster} is the cluster's name; {@code subject} what the entry is about (a service, a task, ...). */
    void record(String cluster, FeedKind kind, String subject, String message);
}
