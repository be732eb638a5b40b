package dev.berth.core.model;

import java.util.List;

/** BatchGetImage's output: the images found, and a failure for each identifier that was not. */
public record BatchGetImageResult(List<Image> images, List<ImageFailure> failures) {
    public BatchGetImageResult {
        images = List.copyOf(images);
        failures = List.copyOf(failures);
    }
}
