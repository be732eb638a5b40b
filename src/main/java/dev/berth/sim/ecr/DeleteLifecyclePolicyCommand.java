package dev.berth.sim.ecr;

import dev.berth.core.model.LifecyclePolicy;

/** DeleteLifecyclePolicy. */
public record DeleteLifecyclePolicyCommand(String repositoryName) implements EcrCommand<LifecyclePolicy> {

    @Override
    public LifecyclePolicy applyTo(EcrWorld ecr) {
        return ecr.deleteLifecyclePolicy(repositoryName);
    }
}
