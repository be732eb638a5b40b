package dev.berth.sim.ecr;

import dev.berth.core.model.ImageIdentifier;
import dev.berth.core.model.StartImageScanResult;

/** StartImageScan: a basic scan that completes on the timeline. */
public record StartImageScanCommand(String repositoryName, ImageIdentifier imageId)
        implements EcrCommand<StartImageScanResult> {

    @Override
    public StartImageScanResult applyTo(EcrWorld ecr) {
        return ecr.startImageScan(repositoryName, imageId);
    }
}
