package dev.berth.core.model;

/** What an entry of a cluster's event feed is about. */
public enum FeedKind {
    /** A service event, as DescribeServices reports it. */
    SERVICE,
    /** A task stopping, with its stop code and reason. */
    TASK,
    /** A scaling activity of Application Auto Scaling. */
    SCALING,
    /** A load balancer target of a task changing health. */
    TARGET_HEALTH,
    /** An EventBridge rule invoking its target. */
    RULE
}
