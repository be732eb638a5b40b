package dev.berth.core.model;

/** One entry of BatchGetImage's or BatchDeleteImage's {@code failures[]}, e.g. failureCode {@code ImageNotFound}. */
public record ImageFailure(ImageIdentifier imageId, String failureCode, String failureReason) {
}
