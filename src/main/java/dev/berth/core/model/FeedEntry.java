package dev.berth.core.model;

import java.time.Instant;

/**
 * One thing that happened in a cluster: when, what kind, what it is about (a service, a task, a target group, a rule)
 * and the message in the words of the AWS service it comes from. {@code sequence} orders every entry of the world.
 */
public record FeedEntry(long sequence, Instant time, FeedKind kind, String subject, String message) {
}
