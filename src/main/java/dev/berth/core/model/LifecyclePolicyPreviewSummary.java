package dev.berth.core.model;

/** How many images a lifecycle policy preview would expire. */
public record LifecyclePolicyPreviewSummary(int expiringImageTotalCount) {
}
