package dev.berth.ui.ecr;

import dev.berth.core.model.ImageDetail;

import java.util.List;

/** An image and the active task definitions ({@code family:revision}) whose containers run it. */
public record ImageListing(ImageDetail image, List<String> usedBy) {
    public ImageListing {
        usedBy = List.copyOf(usedBy);
    }
}
