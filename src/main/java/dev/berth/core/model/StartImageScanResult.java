package dev.berth.core.model;

/** StartImageScan's output: the image and its scan status, IN_PROGRESS. */
public record StartImageScanResult(
        String registryId,
        String repositoryName,
        ImageIdentifier imageId,
        ImageScanStatus imageScanStatus) {
}
