package dev.berth.core.model;

import java.util.List;

/**
 * A lifecycle policy preview as Start/GetLifecyclePolicyPreview return it: status IN_PROGRESS, COMPLETE, EXPIRED or
 * FAILED, and once COMPLETE the images the policy would expire.
 */
public record LifecyclePolicyPreview(
        String registryId,
        String repositoryName,
        String lifecyclePolicyText,
        String status,
        List<LifecyclePolicyPreviewResult> previewResults,
        LifecyclePolicyPreviewSummary summary,
        String nextToken) {
    public LifecyclePolicyPreview {
        previewResults = previewResults == null ? List.of() : List.copyOf(previewResults);
    }
}
