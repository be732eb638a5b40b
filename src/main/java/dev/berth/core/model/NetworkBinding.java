package dev.berth.core.model;

/** A bridge or host mode port binding of a running container. */
public record NetworkBinding(String bindIP, int containerPort, int hostPort, String protocol) {
}
