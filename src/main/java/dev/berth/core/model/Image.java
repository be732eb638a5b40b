package dev.berth.core.model;

/** An image as PutImage and BatchGetImage return it: its identifier and its manifest. */
public record Image(
        String registryId,
        String repositoryName,
        ImageIdentifier imageId,
        String imageManifest,
        String imageManifestMediaType) {
}
