package dev.berth.sim.ecr;

import dev.berth.core.model.BatchDeleteImageResult;
import dev.berth.core.model.ImageIdentifier;

import java.util.List;

/** BatchDeleteImage: tags and images removed. */
public record BatchDeleteImageCommand(String repositoryName, List<ImageIdentifier> imageIds)
        implements EcrCommand<BatchDeleteImageResult> {

    @Override
    public BatchDeleteImageResult applyTo(EcrWorld ecr) {
        return ecr.batchDeleteImage(repositoryName, imageIds);
    }
}
