package dev.berth.core.model;

/**
 * A target's health: state {@code initial}, {@code healthy}, {@code unhealthy}, {@code unused}, {@code draining}
 * or {@code unavailable}; for every state but healthy a reason code (e.g. {@code Elb.InitialHealthChecking}) and a
 * description.
 */
public record TargetHealth(String state, String reason, String description) {
}
