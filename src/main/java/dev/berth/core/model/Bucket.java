package dev.berth.core.model;

import java.time.Instant;

/** An S3 bucket as ListBuckets shows it. */
public record Bucket(String name, Instant creationDate) {
}
