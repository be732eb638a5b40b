package dev.berth.core.model;

import java.time.Instant;

/** An S3 bucket; {@code eventBridgeEnabled} when its notification configuration sends its events to EventBridge. */
public record Bucket(String name, Instant creationDate, boolean eventBridgeEnabled) {
}
