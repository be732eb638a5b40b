package dev.berth.core.model;

import java.util.List;

/** BatchDeleteImage's output: the identifiers deleted (a tag, or an image with each of its tags) and the failures. */
public record BatchDeleteImageResult(List<ImageIdentifier> imageIds, List<ImageFailure> failures) {
    public BatchDeleteImageResult {
        imageIds = List.copyOf(imageIds);
        failures = List.copyOf(failures);
    }
}
