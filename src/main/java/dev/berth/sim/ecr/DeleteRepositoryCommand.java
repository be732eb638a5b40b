package dev.berth.sim.ecr;

import dev.berth.core.model.Repository;

/** DeleteRepository, with or without force. */
public record DeleteRepositoryCommand(String repositoryName, boolean force) implements EcrCommand<Repository> {

    @Override
    public Repository applyTo(EcrWorld ecr) {
        return ecr.deleteRepository(repositoryName, force);
    }
}
