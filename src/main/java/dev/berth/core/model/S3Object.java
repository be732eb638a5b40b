package dev.berth.core.model;

import java.time.Instant;

/** An object in an S3 bucket as ListObjectsV2 shows it. */
public record S3Object(String key, long size, String eTag, Instant lastModified) {
}
