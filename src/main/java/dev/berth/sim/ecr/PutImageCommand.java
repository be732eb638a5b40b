package dev.berth.sim.ecr;

import dev.berth.core.model.Image;
import dev.berth.core.model.PutImageRequest;

/** PutImage: a manifest pushed, with or without a tag. */
public record PutImageCommand(PutImageRequest request) implements EcrCommand<Image> {

    @Override
    public Image applyTo(EcrWorld ecr) {
        return ecr.putImage(request);
    }
}
