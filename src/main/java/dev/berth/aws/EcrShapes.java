package dev.berth.aws;

import dev.berth.core.model.AuthorizationData;
import dev.berth.core.model.CreateRepositoryRequest;
import dev.berth.core.model.EncryptionConfiguration;
import dev.berth.core.model.Image;
import dev.berth.core.model.ImageDetail;
import dev.berth.core.model.ImageFailure;
import dev.berth.core.model.ImageIdentifier;
import dev.berth.core.model.ImageScanFinding;
import dev.berth.core.model.ImageScanFindings;
import dev.berth.core.model.ImageScanFindingsSummary;
import dev.berth.core.model.ImageScanStatus;
import dev.berth.core.model.ImageScanningConfiguration;
import dev.berth.core.model.LifecyclePolicyPreviewResult;
import dev.berth.core.model.LifecyclePolicyPreviewSummary;
import dev.berth.core.model.LifecyclePolicyRuleAction;
import dev.berth.core.model.PutImageRequest;
import dev.berth.core.model.Repository;
import dev.berth.core.model.ScanFindingAttribute;
import software.amazon.awssdk.services.ecr.model.DescribeImagesFilter;
import software.amazon.awssdk.services.ecr.model.ListImagesFilter;

import java.util.List;

import static dev.berth.aws.EcsShapes.map;

/**
 * Amazon ECR shapes between the SDK's classes and Berth's records, member by member (both use AWS's names).
 * Members AWS leaves out stay null, except numbers the record holds as primitives, which become 0.
 */
final class EcrShapes {
    private EcrShapes() {
    }

    // ---- requests

    static software.amazon.awssdk.services.ecr.model.CreateRepositoryRequest createRepository(
            CreateRepositoryRequest r) {
        var scanning = r.imageScanningConfiguration();
        var encryption = r.encryptionConfiguration();
        return software.amazon.awssdk.services.ecr.model.CreateRepositoryRequest.builder()
                .repositoryName(r.repositoryName())
                .imageTagMutability(r.imageTagMutability())
                .imageScanningConfiguration(scanning == null ? null
                        : software.amazon.awssdk.services.ecr.model.ImageScanningConfiguration.builder()
                                .scanOnPush(scanning.scanOnPush()).build())
                .encryptionConfiguration(encryption == null ? null
                        : software.amazon.awssdk.services.ecr.model.EncryptionConfiguration.builder()
                                .encryptionType(encryption.encryptionType()).kmsKey(encryption.kmsKey()).build())
                .tags(r.tags().isEmpty() ? null : map(r.tags(), tag ->
                        software.amazon.awssdk.services.ecr.model.Tag.builder().key(tag.key()).value(tag.value())
                                .build()))
                .build();
    }

    static software.amazon.awssdk.services.ecr.model.PutImageRequest putImage(PutImageRequest r) {
        return software.amazon.awssdk.services.ecr.model.PutImageRequest.builder()
                .repositoryName(r.repositoryName())
                .imageManifest(r.imageManifest())
                .imageManifestMediaType(r.imageManifestMediaType())
                .imageTag(r.imageTag())
                .imageDigest(r.imageDigest())
                .build();
    }

    static software.amazon.awssdk.services.ecr.model.ImageIdentifier imageId(ImageIdentifier id) {
        return id == null ? null : software.amazon.awssdk.services.ecr.model.ImageIdentifier.builder()
                .imageDigest(id.imageDigest()).imageTag(id.imageTag()).build();
    }

    /** Null or empty: no ids, left out of the request. */
    static List<software.amazon.awssdk.services.ecr.model.ImageIdentifier> imageIds(List<ImageIdentifier> ids) {
        return ids == null || ids.isEmpty() ? null : map(ids, EcrShapes::imageId);
    }

    static DescribeImagesFilter describeImagesFilter(String tagStatus) {
        return tagStatus == null ? null : DescribeImagesFilter.builder().tagStatus(tagStatus).build();
    }

    static ListImagesFilter listImagesFilter(String tagStatus) {
        return tagStatus == null ? null : ListImagesFilter.builder().tagStatus(tagStatus).build();
    }

    // ---- responses

    static Repository repository(software.amazon.awssdk.services.ecr.model.Repository r) {
        var scanning = r.imageScanningConfiguration();
        var encryption = r.encryptionConfiguration();
        return new Repository(r.repositoryArn(), r.registryId(), r.repositoryName(), r.repositoryUri(),
                r.createdAt(), r.imageTagMutabilityAsString(),
                scanning == null ? null : new ImageScanningConfiguration(Boolean.TRUE.equals(scanning.scanOnPush())),
                encryption == null ? null : new EncryptionConfiguration(encryption.encryptionTypeAsString(),
                        encryption.kmsKey()));
    }

    static Image image(software.amazon.awssdk.services.ecr.model.Image i) {
        return new Image(i.registryId(), i.repositoryName(), imageId(i.imageId()), i.imageManifest(),
                i.imageManifestMediaType());
    }

    static ImageIdentifier imageId(software.amazon.awssdk.services.ecr.model.ImageIdentifier id) {
        return id == null ? null : new ImageIdentifier(id.imageDigest(), id.imageTag());
    }

    static ImageFailure failure(software.amazon.awssdk.services.ecr.model.ImageFailure f) {
        return new ImageFailure(imageId(f.imageId()), f.failureCodeAsString(), f.failureReason());
    }

    static ImageDetail imageDetail(software.amazon.awssdk.services.ecr.model.ImageDetail d) {
        var summary = d.imageScanFindingsSummary();
        return new ImageDetail(d.registryId(), d.repositoryName(), d.imageDigest(), d.imageTags(),
                d.imageSizeInBytes() == null ? 0 : d.imageSizeInBytes(), d.imagePushedAt(),
                scanStatus(d.imageScanStatus()),
                summary == null ? null : new ImageScanFindingsSummary(summary.imageScanCompletedAt(),
                        summary.vulnerabilitySourceUpdatedAt(), summary.findingSeverityCountsAsStrings()),
                d.imageManifestMediaType(), d.lastRecordedPullTime());
    }

    static ImageScanStatus scanStatus(software.amazon.awssdk.services.ecr.model.ImageScanStatus s) {
        return s == null ? null : new ImageScanStatus(s.statusAsString(), s.description());
    }

    static ImageScanFindings scanFindings(software.amazon.awssdk.services.ecr.model.ImageScanFindings f) {
        return f == null ? null : new ImageScanFindings(f.imageScanCompletedAt(), f.vulnerabilitySourceUpdatedAt(),
                f.findingSeverityCountsAsStrings(), map(f.findings(), finding -> new ImageScanFinding(finding.name(),
                finding.description(), finding.uri(), finding.severityAsString(), map(finding.attributes(),
                attribute -> new ScanFindingAttribute(attribute.key(), attribute.value())))));
    }

    static LifecyclePolicyPreviewResult previewResult(
            software.amazon.awssdk.services.ecr.model.LifecyclePolicyPreviewResult r) {
        return new LifecyclePolicyPreviewResult(r.imageTags(), r.imageDigest(), r.imagePushedAt(),
                r.action() == null ? null : new LifecyclePolicyRuleAction(r.action().typeAsString()),
                r.appliedRulePriority() == null ? 0 : r.appliedRulePriority());
    }

    static LifecyclePolicyPreviewSummary previewSummary(
            software.amazon.awssdk.services.ecr.model.LifecyclePolicyPreviewSummary s) {
        return s == null ? null : new LifecyclePolicyPreviewSummary(
                s.expiringImageTotalCount() == null ? 0 : s.expiringImageTotalCount());
    }

    static AuthorizationData authorizationData(software.amazon.awssdk.services.ecr.model.AuthorizationData a) {
        return new AuthorizationData(a.authorizationToken(), a.expiresAt(), a.proxyEndpoint());
    }
}
