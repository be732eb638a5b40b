package dev.berth.core.model;

/**
 * PutImage's input: the manifest as pushed; {@code imageTag} may be null (an untagged image); {@code imageDigest},
 * when given, must be the SHA-256 of the manifest.
 */
public record PutImageRequest(
        String repositoryName,
        String imageManifest,
        String imageManifestMediaType,
        String imageTag,
        String imageDigest) {
}
