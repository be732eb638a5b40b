package dev.berth.ui.ecr;

import dev.berth.core.model.ImageDetail;
import dev.berth.ui.common.ModelRow;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** One image of the selected repository: tags, digest, size, push time, scan and which task definitions run it. */
public final class ImageRow extends ModelRow<ImageListing> {
    static final String UNTAGGED = "<untagged>";
    private static final List<String> SEVERITIES = List.of("CRITICAL", "HIGH", "MEDIUM", "LOW", "INFORMATIONAL",
            "UNDEFINED");
    private final StringProperty tags = new SimpleStringProperty(this, "tags");
    private final StringProperty digest = new SimpleStringProperty(this, "digest");
    private final StringProperty size = new SimpleStringProperty(this, "size");
    private final ObjectProperty<Instant> pushedAt = new SimpleObjectProperty<>(this, "pushedAt");
    private final StringProperty scanStatus = new SimpleStringProperty(this, "scanStatus");
    private final StringProperty findings = new SimpleStringProperty(this, "findings");
    private final StringProperty usedBy = new SimpleStringProperty(this, "usedBy");

    public ImageRow(String imageDigest) {
        super(imageDigest);
    }

    @Override
    protected void show(ImageListing listing) {
        ImageDetail image = listing.image();
        tags.set(image.imageTags().isEmpty() ? UNTAGGED : String.join(", ", image.imageTags()));
        digest.set(image.imageDigest());
        size.set(megabytes(image.imageSizeInBytes()));
        pushedAt.set(image.imagePushedAt());
        scanStatus.set(image.imageScanStatus() == null ? null : image.imageScanStatus().status());
        findings.set(image.imageScanFindingsSummary() == null ? ""
                : findingsSummary(image.imageScanFindingsSummary().findingSeverityCounts()));
        usedBy.set(String.join(", ", listing.usedBy()));
    }

    @Override
    protected Iterable<String> searchableText(ImageListing listing) {
        return List.of(String.join(" ", listing.image().imageTags()), listing.image().imageDigest(),
                String.join(" ", listing.usedBy()));
    }

    /** Sizes as the ECR console shows them: megabytes with two decimals. */
    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.2f MB", bytes / (1024.0 * 1024.0));
    }

    /** "1 critical, 2 high" (most severe first), or "No findings". */
    static String findingsSummary(Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return "No findings";
        }
        return SEVERITIES.stream().filter(counts::containsKey)
                .map(severity -> counts.get(severity) + " " + severity.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    public List<String> tagList() {
        return item().image().imageTags();
    }

    public String digest() {
        return digest.get();
    }

    public ReadOnlyStringProperty tagsProperty() {
        return tags;
    }

    public ReadOnlyStringProperty digestProperty() {
        return digest;
    }

    public ReadOnlyStringProperty sizeProperty() {
        return size;
    }

    public ReadOnlyObjectProperty<Instant> pushedAtProperty() {
        return pushedAt;
    }

    public ReadOnlyStringProperty scanStatusProperty() {
        return scanStatus;
    }

    public ReadOnlyStringProperty findingsProperty() {
        return findings;
    }

    public ReadOnlyStringProperty usedByProperty() {
        return usedBy;
    }
}
