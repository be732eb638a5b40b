package dev.berth.core.model;

import java.time.Instant;
import java.util.List;

/**
 * One image of a repository as DescribeImages returns it: an empty {@code imageTags} is an untagged image.
 * {@code imageScanStatus} and {@code imageScanFindingsSummary} are null until the image is first scanned.
 */
public record ImageDetail(
        String registryId,
        String repositoryName,
        String imageDigest,
        List<String> imageTags,
        long imageSizeInBytes,
        Instant imagePushedAt,
        ImageScanStatus imageScanStatus,
        ImageScanFindingsSummary imageScanFindingsSummary,
        String imageManifestMediaType,
        Instant lastRecordedPullTime) {
    public ImageDetail {
        imageTags = imageTags == null ? List.of() : List.copyOf(imageTags);
    }
}
