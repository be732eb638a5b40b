package dev.berth.sim.ecr;

import dev.berth.core.model.Repository;

/** PutImageScanningConfiguration. */
public record PutImageScanningConfigurationCommand(String repositoryName, boolean scanOnPush)
        implements EcrCommand<Repository> {

    @Override
    public Repository applyTo(EcrWorld ecr) {
        return ecr.putImageScanningConfiguration(repositoryName, scanOnPush);
    }
}
