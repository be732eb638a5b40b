package dev.berth.core.model;

/** A container port mapping; {@code hostPort} null or 0 in bridge mode means a dynamic host port. */
public record PortMapping(Integer containerPort, Integer hostPort, String protocol) {
}
