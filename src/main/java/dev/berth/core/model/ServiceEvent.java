package dev.berth.core.model;

import java.time.Instant;

/** A service event, e.g. "(service web) has reached a steady state." */
public record ServiceEvent(String id, Instant createdAt, String message) {
}
