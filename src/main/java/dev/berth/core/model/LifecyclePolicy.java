package dev.berth.core.model;

import java.time.Instant;

/** A repository's lifecycle policy as Get/Put/DeleteLifecyclePolicy return it; {@code lastEvaluatedAt} may be null. */
public record LifecyclePolicy(
        String registryId,
        String repositoryName,
        String lifecyclePolicyText,
        Instant lastEvaluatedAt) {
}
