package dev.berth.sim.ecr;

import dev.berth.core.model.ImageDetail;
import dev.berth.core.model.ImageScanFindingsSummary;
import dev.berth.core.model.ImageScanStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One image of a simulated repository: its manifest, its tags in the order they were given, its last scan. */
final class ImageState {
    final String digest;
    final String manifest;
    final String mediaType;
    final long sizeInBytes;
    final Instant pushedAt;
    final List<String> tags = new ArrayList<>();
    /** Null until the image is first scanned. */
    ScanState scan;
    Instant lastRecordedPullTime;
    /** Set when the image is deleted, so a scan still under way finds nothing to finish. */
    boolean removed;

    ImageState(String digest, String manifest, String mediaType, long sizeInBytes, Instant pushedAt) {
        this.digest = digest;
        this.manifest = manifest;
        this.mediaType = mediaType;
        this.sizeInBytes = sizeInBytes;
        this.pushedAt = pushedAt;
    }

    ImageDetail detail(String registryId, String repositoryName) {
        ImageScanStatus status = scan == null ? null : scan.status();
        ImageScanFindingsSummary summary = scan == null || scan.completedAt() == null ? null
                : new ImageScanFindingsSummary(scan.completedAt(), scan.completedAt(), scan.severityCounts());
        return new ImageDetail(registryId, repositoryName, digest, tags, sizeInBytes, pushedAt, status, summary,
                mediaType, lastRecordedPullTime);
    }
}
