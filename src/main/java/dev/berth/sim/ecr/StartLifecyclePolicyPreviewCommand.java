package dev.berth.sim.ecr;

import dev.berth.core.model.LifecyclePolicyPreview;

/** StartLifecyclePolicyPreview: the preview completes on the timeline. */
public record StartLifecyclePolicyPreviewCommand(String repositoryName, String lifecyclePolicyText)
        implements EcrCommand<LifecyclePolicyPreview> {

    @Override
    public LifecyclePolicyPreview applyTo(EcrWorld ecr) {
        return ecr.startLifecyclePolicyPreview(repositoryName, lifecyclePolicyText);
    }
}
