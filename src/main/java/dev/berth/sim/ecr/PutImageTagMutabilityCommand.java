package dev.berth.sim.ecr;

import dev.berth.core.model.Repository;

/** PutImageTagMutability. */
public record PutImageTagMutabilityCommand(String repositoryName, String imageTagMutability)
        implements EcrCommand<Repository> {

    @Override
    public Repository applyTo(EcrWorld ecr) {
        return ecr.putImageTagMutability(repositoryName, imageTagMutability);
    }
}
