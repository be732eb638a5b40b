package dev.berth.sim.ecr;

import dev.berth.core.model.LifecyclePolicy;

/** PutLifecyclePolicy: checked, then applied by the hourly lifecycle pass. */
public record PutLifecyclePolicyCommand(String repositoryName, String lifecyclePolicyText)
        implements EcrCommand<LifecyclePolicy> {

    @Override
    public LifecyclePolicy applyTo(EcrWorld ecr) {
        return ecr.putLifecyclePolicy(repositoryName, lifecyclePolicyText);
    }
}
