package dev.berth.sim.ecr;

import dev.berth.core.model.EncryptionConfiguration;
import dev.berth.core.model.ImageDetail;
import dev.berth.core.model.ImageIdentifier;
import dev.berth.core.model.ImageScanningConfiguration;
import dev.berth.core.model.LifecyclePolicyPreviewResult;
import dev.berth.core.model.Repository;
import dev.berth.core.model.Tag;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One simulated private repository: its settings, its images by digest, its lifecycle policy and last preview. */
final class RepositoryState {
    final String name;
    final String arn;
    final String uri;
    final String registryId;
    final Instant createdAt;
    final EncryptionConfiguration encryption;
    final List<Tag> tags;
    String imageTagMutability;
    boolean scanOnPush;
    final Map<String, ImageState> images = new LinkedHashMap<>();
    String lifecyclePolicyText;
    Instant lastEvaluatedAt;
    Preview preview;

    /** A preview: IN_PROGRESS until {@code results} is set. */
    static final class Preview {
        final String policyText;
        List<LifecyclePolicyPreviewResult> results;

        Preview(String policyText) {
            this.policyText = policyText;
        }
    }

    RepositoryState(String name, String arn, String uri, String registryId, Instant createdAt,
                    EncryptionConfiguration encryption, List<Tag> tags, String imageTagMutability,
                    boolean scanOnPush) {
        this.name = name;
        this.arn = arn;
        this.uri = uri;
        this.registryId = registryId;
        this.createdAt = createdAt;
        this.encryption = encryption;
        this.tags = List.copyOf(tags);
        this.imageTagMutability = imageTagMutability;
        this.scanOnPush = scanOnPush;
    }

    Repository describe() {
        return new Repository(arn, registryId, name, uri, createdAt, imageTagMutability,
                new ImageScanningConfiguration(scanOnPush), encryption);
    }

    Optional<ImageState> byTag(String tag) {
        return images.values().stream().filter(image -> image.tags.contains(tag)).findFirst();
    }

    /** The image a digest, a tag, or both name; empty when none does or when they name different images. */
    Optional<ImageState> find(ImageIdentifier id) {
        if (id.imageDigest() != null) {
            ImageState image = images.get(id.imageDigest());
            return Optional.ofNullable(image).filter(i -> id.imageTag() == null || i.tags.contains(id.imageTag()));
        }
        return id.imageTag() == null ? Optional.empty() : byTag(id.imageTag());
    }

    void remove(ImageState image) {
        image.removed = true;
        images.remove(image.digest);
    }

    /** Every image, oldest push first (the order DescribeImages pages in). */
    List<ImageDetail> details() {
        return images.values().stream().sorted(Comparator.comparing((ImageState i) -> i.pushedAt)
                .thenComparing(i -> i.digest)).map(i -> i.detail(registryId, name)).toList();
    }
}
