package dev.berth.core.model;

/** A Kubernetes taint on every node of a node group; effect NO_SCHEDULE, NO_EXECUTE or PREFER_NO_SCHEDULE. */
public record Taint(String key, String value, String effect) {
}
