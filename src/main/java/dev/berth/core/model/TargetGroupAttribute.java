package dev.berth.core.model;

/** A target group attribute, e.g. {@code deregistration_delay.timeout_seconds} = {@code 300}. */
public record TargetGroupAttribute(String key, String value) {
}
