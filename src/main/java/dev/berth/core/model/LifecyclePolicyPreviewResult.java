package dev.berth.core.model;

import java.time.Instant;
import java.util.List;

/** One image a lifecycle policy would expire, and the priority of the rule that expires it. */
public record LifecyclePolicyPreviewResult(
        List<String> imageTags,
        String imageDigest,
        Instant imagePushedAt,
        LifecyclePolicyRuleAction action,
        int appliedRulePriority) {
    public LifecyclePolicyPreviewResult {
        imageTags = imageTags == null ? List.of() : List.copyOf(imageTags);
    }
}
