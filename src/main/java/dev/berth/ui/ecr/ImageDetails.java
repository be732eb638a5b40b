package dev.berth.ui.ecr;

import dev.berth.core.model.ImageDetail;
import dev.berth.ui.common.Detail;
import dev.berth.ui.common.TimeText;

import java.util.List;

/** The lines of the selected image's details pane. */
final class ImageDetails {

    private ImageDetails() {
    }

    static List<Detail> of(ImageListing listing) {
        ImageDetail image = listing.image();
        return List.of(
                Detail.of("Digest", image.imageDigest()),
                Detail.of("Tags", image.imageTags().isEmpty() ? "none (untagged)" : String.join(", ",
                        image.imageTags())),
                Detail.of("Size", ImageRow.megabytes(image.imageSizeInBytes())),
                Detail.of("Pushed at", TimeText.dateTime(image.imagePushedAt())),
                Detail.of("Manifest media type", image.imageManifestMediaType()),
                Detail.of("Scan", image.imageScanStatus() == null ? "not scanned"
                        : image.imageScanStatus().status() + (image.imageScanStatus().description() == null ? ""
                        : " — " + image.imageScanStatus().description())),
                Detail.of("Findings", image.imageScanFindingsSummary() == null ? "" : ImageRow.findingsSummary(
                        image.imageScanFindingsSummary().findingSeverityCounts())),
                Detail.of("Last pulled", image.lastRecordedPullTime() == null ? "never"
                        : TimeText.dateTime(image.lastRecordedPullTime())),
                Detail.of("Used by task definitions", listing.usedBy().isEmpty() ? "none"
                        : String.join(", ", listing.usedBy())));
    }
}
