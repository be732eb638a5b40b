package dev.berth.sim.ecr;

import dev.berth.core.model.CreateRepositoryRequest;
import dev.berth.core.model.Repository;

/** CreateRepository. */
public record CreateRepositoryCommand(CreateRepositoryRequest request) implements EcrCommand<Repository> {

    @Override
    public Repository applyTo(EcrWorld ecr) {
        return ecr.createRepository(request);
    }
}
