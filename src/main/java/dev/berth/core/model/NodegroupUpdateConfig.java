package dev.berth.core.model;

/** How many nodes a version update may take out of service at once. */
public record NodegroupUpdateConfig(Integer maxUnavailable) {
}
