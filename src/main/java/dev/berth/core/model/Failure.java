package dev.berth.core.model;

/** One entry of a describe or run call's {@code failures[]}, e.g. reason {@code MISSING} or {@code RESOURCE:MEMORY}. */
public record Failure(String arn, String reason, String detail) {
}
