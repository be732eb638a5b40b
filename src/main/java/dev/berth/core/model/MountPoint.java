package dev.berth.core.model;

/** Where a container sees one of its task definition's volumes; {@code sourceVolume} names the volume. */
public record MountPoint(String sourceVolume, String containerPath, Boolean readOnly) {
}
