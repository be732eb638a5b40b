package dev.berth.aws;

import dev.berth.core.gateway.EcrGateway;
import dev.berth.core.model.AuthorizationData;
import dev.berth.core.model.BatchDeleteImageResult;
import dev.berth.core.model.BatchGetImageResult;
import dev.berth.core.model.CreateRepositoryRequest;
import dev.berth.core.model.DescribeImageScanFindingsResult;
import dev.berth.core.model.Image;
import dev.berth.core.model.ImageDetail;
import dev.berth.core.model.ImageIdentifier;
import dev.berth.core.model.ImageScanningConfiguration;
import dev.berth.core.model.LifecyclePolicy;
import dev.berth.core.model.LifecyclePolicyPreview;
import dev.berth.core.model.Page;
import dev.berth.core.model.PutImageRequest;
import dev.berth.core.model.Repository;
import dev.berth.core.model.StartImageScanResult;
import software.amazon.awssdk.services.ecr.EcrClient;

import java.util.List;

import static dev.berth.aws.EcsShapes.map;

/**
 * Amazon ECR through the SDK's {@link EcrClient}: one SDK call per method, in the account's own registry (no
 * {@code registryId} is sent). Where AWS answers a write with a few members of the repository
 * (PutImageTagMutability, PutImageScanningConfiguration), the returned {@link Repository} holds just those.
 */
public final class AwsEcrGateway implements EcrGateway {
    private final EcrClient ecr;
    private final SdkCalls calls;

    AwsEcrGateway(EcrClient ecr, SdkFailures failures, WriteGuard writes) {
        this.ecr = ecr;
        this.calls = new SdkCalls("ecr", failures, writes);
    }

    @Override
    public Repository createRepository(CreateRepositoryRequest request) {
        return calls.write("CreateRepository", () -> EcrShapes.repository(
                ecr.createRepository(EcrShapes.createRepository(request)).repository()));
    }

    @Override
    public Repository deleteRepository(String repositoryName, boolean force) {
        return calls.write("DeleteRepository", () -> EcrShapes.repository(ecr.deleteRepository(r -> r
                .repositoryName(repositoryName).force(force ? Boolean.TRUE : null)).repository()));
    }

    @Override
    public Page<Repository> describeRepositories(List<String> repositoryNames, String nextToken, Integer maxResults) {
        return calls.read("DescribeRepositories", () -> {
            var answer = ecr.describeRepositories(r -> r.repositoryNames(
                    repositoryNames == null || repositoryNames.isEmpty() ? null : repositoryNames)
                    .nextToken(nextToken).maxResults(maxResults));
            return new Page<>(map(answer.repositories(), EcrShapes::repository), answer.nextToken());
        });
    }

    @Override
    public Image putImage(PutImageRequest request) {
        return calls.write("PutImage", () -> EcrShapes.image(ecr.putImage(EcrShapes.putImage(request)).image()));
    }

    @Override
    public BatchGetImageResult batchGetImage(String repositoryName, List<ImageIdentifier> imageIds) {
        return calls.read("BatchGetImage", () -> {
            var answer = ecr.batchGetImage(r -> r.repositoryName(repositoryName)
                    .imageIds(EcrShapes.imageIds(imageIds)));
            return new BatchGetImageResult(map(answer.images(), EcrShapes::image),
                    map(answer.failures(), EcrShapes::failure));
        });
    }

    @Override
    public BatchDeleteImageResult batchDeleteImage(String repositoryName, List<ImageIdentifier> imageIds) {
        return calls.write("BatchDeleteImage", () -> {
            var answer = ecr.batchDeleteImage(r -> r.repositoryName(repositoryName)
                    .imageIds(EcrShapes.imageIds(imageIds)));
            return new BatchDeleteImageResult(map(answer.imageIds(), EcrShapes::imageId),
                    map(answer.failures(), EcrShapes::failure));
        });
    }

    @Override
    public Page<ImageDetail> describeImages(String repositoryName, List<ImageIdentifier> imageIds, String tagStatus,
                                            String nextToken, Integer maxResults) {
        return calls.read("DescribeImages", () -> {
            var answer = ecr.describeImages(r -> r.repositoryName(repositoryName)
                    .imageIds(EcrShapes.imageIds(imageIds)).filter(EcrShapes.describeImagesFilter(tagStatus))
                    .nextToken(nextToken).maxResults(maxResults));
            return new Page<>(map(answer.imageDetails(), EcrShapes::imageDetail), answer.nextToken());
        });
    }

    @Override
    public Page<ImageIdentifier> listImages(String repositoryName, String tagStatus, String nextToken,
                                            Integer maxResults) {
        return calls.read("ListImages", () -> {
            var answer = ecr.listImages(r -> r.repositoryName(repositoryName)
                    .filter(EcrShapes.listImagesFilter(tagStatus)).nextToken(nextToken).maxResults(maxResults));
            return new Page<>(map(answer.imageIds(), EcrShapes::imageId), answer.nextToken());
        });
    }

    @Override
    public Repository putImageTagMutability(String repositoryName, String imageTagMutability) {
        return calls.write("PutImageTagMutability", () -> {
            var answer = ecr.putImageTagMutability(r -> r.repositoryName(repositoryName)
                    .imageTagMutability(imageTagMutability));
            return new Repository(null, answer.registryId(), answer.repositoryName(), null, null,
                    answer.imageTagMutabilityAsString(), null, null);
        });
    }

    @Override
    public Repository putImageScanningConfiguration(String repositoryName, boolean scanOnPush) {
        return calls.write("PutImageScanningConfiguration", () -> {
            var answer = ecr.putImageScanningConfiguration(r -> r.repositoryName(repositoryName)
                    .imageScanningConfiguration(c -> c.scanOnPush(scanOnPush)));
            var scanning = answer.imageScanningConfiguration();
            return new Repository(null, answer.registryId(), answer.repositoryName(), null, null, null,
                    scanning == null ? null : new ImageScanningConfiguration(Boolean.TRUE.equals(
                            scanning.scanOnPush())), null);
        });
    }

    @Override
    public StartImageScanResult startImageScan(String repositoryName, ImageIdentifier imageId) {
        return calls.write("StartImageScan", () -> {
            var answer = ecr.startImageScan(r -> r.repositoryName(repositoryName)
                    .imageId(EcrShapes.imageId(imageId)));
            return new StartImageScanResult(answer.registryId(), answer.repositoryName(),
                    EcrShapes.imageId(answer.imageId()), EcrShapes.scanStatus(answer.imageScanStatus()));
        });
    }

    @Override
    public DescribeImageScanFindingsResult describeImageScanFindings(String repositoryName, ImageIdentifier imageId,
                                                                     String nextToken, Integer maxResults) {
        return calls.read("DescribeImageScanFindings", () -> {
            var answer = ecr.describeImageScanFindings(r -> r.repositoryName(repositoryName)
                    .imageId(EcrShapes.imageId(imageId)).nextToken(nextToken).maxResults(maxResults));
            return new DescribeImageScanFindingsResult(answer.registryId(), answer.repositoryName(),
                    EcrShapes.imageId(answer.imageId()), EcrShapes.scanStatus(answer.imageScanStatus()),
                    EcrShapes.scanFindings(answer.imageScanFindings()), answer.nextToken());
        });
    }

    @Override
    public LifecyclePolicy putLifecyclePolicy(String repositoryName, String lifecyclePolicyText) {
        return calls.write("PutLifecyclePolicy", () -> {
            var answer = ecr.putLifecyclePolicy(r -> r.repositoryName(repositoryName)
                    .lifecyclePolicyText(lifecyclePolicyText));
            return new LifecyclePolicy(answer.registryId(), answer.repositoryName(), answer.lifecyclePolicyText(),
                    null);
        });
    }

    @Override
    public LifecyclePolicy getLifecyclePolicy(String repositoryName) {
        return calls.read("GetLifecyclePolicy", () -> {
            var answer = ecr.getLifecyclePolicy(r -> r.repositoryName(repositoryName));
            return new LifecyclePolicy(answer.registryId(), answer.repositoryName(), answer.lifecyclePolicyText(),
                    answer.lastEvaluatedAt());
        });
    }

    @Override
    public LifecyclePolicy deleteLifecyclePolicy(String repositoryName) {
        return calls.write("DeleteLifecyclePolicy", () -> {
            var answer = ecr.deleteLifecyclePolicy(r -> r.repositoryName(repositoryName));
            return new LifecyclePolicy(answer.registryId(), answer.repositoryName(), answer.lifecyclePolicyText(),
                    answer.lastEvaluatedAt());
        });
    }

    @Override
    public LifecyclePolicyPreview startLifecyclePolicyPreview(String repositoryName, String lifecyclePolicyText) {
        return calls.write("StartLifecyclePolicyPreview", () -> {
            var answer = ecr.startLifecyclePolicyPreview(r -> r.repositoryName(repositoryName)
                    .lifecyclePolicyText(lifecyclePolicyText));
            return new LifecyclePolicyPreview(answer.registryId(), answer.repositoryName(),
                    answer.lifecyclePolicyText(), answer.statusAsString(), List.of(), null, null);
        });
    }

    @Override
    public LifecyclePolicyPreview getLifecyclePolicyPreview(String repositoryName, String nextToken,
                                                            Integer maxResults) {
        return calls.read("GetLifecyclePolicyPreview", () -> {
            var answer = ecr.getLifecyclePolicyPreview(r -> r.repositoryName(repositoryName).nextToken(nextToken)
                    .maxResults(maxResults));
            return new LifecyclePolicyPreview(answer.registryId(), answer.repositoryName(),
                    answer.lifecyclePolicyText(), answer.statusAsString(),
                    map(answer.previewResults(), EcrShapes::previewResult),
                    EcrShapes.previewSummary(answer.summary()), answer.nextToken());
        });
    }

    @Override
    public AuthorizationData getAuthorizationToken() {
        return calls.read("GetAuthorizationToken", () -> EcrShapes.authorizationData(
                ecr.getAuthorizationToken(r -> { }).authorizationData().get(0)));
    }
}
