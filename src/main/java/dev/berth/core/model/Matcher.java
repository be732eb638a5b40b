package dev.berth.core.model;

/** The HTTP codes a health check accepts as success, e.g. {@code 200} or {@code 200-299}. */
public record Matcher(String httpCode) {
}
