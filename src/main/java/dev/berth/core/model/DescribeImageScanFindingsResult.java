package dev.berth.core.model;

/** DescribeImageScanFindings' output; {@code imageScanFindings} is null while the scan is in progress. */
public record DescribeImageScanFindingsResult(
        String registryId,
        String repositoryName,
        ImageIdentifier imageId,
        ImageScanStatus imageScanStatus,
        ImageScanFindings imageScanFindings,
        String nextToken) {
}
