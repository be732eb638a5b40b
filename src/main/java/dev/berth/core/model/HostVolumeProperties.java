package dev.berth.core.model;

/** A bind mount's path on the container instance; empty: Docker picks one and it does not outlive the task. */
public record HostVolumeProperties(String sourcePath) {
}
