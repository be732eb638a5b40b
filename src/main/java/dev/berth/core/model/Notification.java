package dev.berth.core.model;

import java.time.Instant;

/**
 * A message an SNS topic published (simulator only: on AWS it goes to the topic's subscribers, an e-mail for
 * instance, and SNS keeps no copy).
 */
public record Notification(String topicArn, String messageId, Instant publishedAt, String message) {
}
