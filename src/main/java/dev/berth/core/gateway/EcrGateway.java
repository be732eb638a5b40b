package dev.berth.core.gateway;

import dev.berth.core.model.AuthorizationData;
import dev.berth.core.model.BatchDeleteImageResult;
import dev.berth.core.model.BatchGetImageResult;
import dev.berth.core.model.CreateRepositoryRequest;
import dev.berth.core.model.DescribeImageScanFindingsResult;
import dev.berth.core.model.Image;
import dev.berth.core.model.ImageDetail;
import dev.berth.core.model.ImageIdentifier;
import dev.berth.core.model.LifecyclePolicy;
import dev.berth.core.model.LifecyclePolicyPreview;
import dev.berth.core.model.Page;
import dev.berth.core.model.PutImageRequest;
import dev.berth.core.model.Repository;
import dev.berth.core.model.StartImageScanResult;

import java.util.List;

/**
 * Amazon ECR private repositories of the account's own registry, one method per API operation, with AWS's limits
 * and error codes ({@code RepositoryNotFoundException}, {@code ImageNotFoundException}, ...). {@code maxResults}
 * null takes AWS's default; {@code tagStatus} is TAGGED, UNTAGGED, ANY or null (any). Every method throws
 * {@link GatewayException}.
 */
public interface EcrGateway {

    /** BatchGetImage, BatchDeleteImage and DescribeImages take at most this many image ids. */
    int IMAGE_IDS_LIMIT = 100;
    /** DescribeRepositories takes at most this many names. */
    int REPOSITORY_NAMES_LIMIT = 100;

    Repository createRepository(CreateRepositoryRequest request);

    /** Refused with RepositoryNotEmptyException while the repository holds images, unless {@code force}. */
    Repository deleteRepository(String repositoryName, boolean force);

    /** Null or empty names page through every repository; an unknown name is a RepositoryNotFoundException. */
    Page<Repository> describeRepositories(List<String> repositoryNames, String nextToken, Integer maxResults);

    Image putImage(PutImageRequest request);

    BatchGetImageResult batchGetImage(String repositoryName, List<ImageIdentifier> imageIds);

    /** By tag removes that tag (and the image with its last tag); by digest removes the image and all its tags. */
    BatchDeleteImageResult batchDeleteImage(String repositoryName, List<ImageIdentifier> imageIds);

    /** With {@code imageIds}, exactly those images (an unknown one is an ImageNotFoundException), unpaged. */
    Page<ImageDetail> describeImages(String repositoryName, List<ImageIdentifier> imageIds, String tagStatus,
                                     String nextToken, Integer maxResults);

    /** One identifier per tag; an untagged image is listed by digest alone. */
    Page<ImageIdentifier> listImages(String repositoryName, String tagStatus, String nextToken, Integer maxResults);

    Repository putImageTagMutability(String repositoryName, String imageTagMutability);

    Repository putImageScanningConfiguration(String repositoryName, boolean scanOnPush);

    StartImageScanResult startImageScan(String repositoryName, ImageIdentifier imageId);

    DescribeImageScanFindingsResult describeImageScanFindings(String repositoryName, ImageIdentifier imageId,
                                                              String nextToken, Integer maxResults);

    LifecyclePolicy putLifecyclePolicy(String repositoryName, String lifecyclePolicyText);

    LifecyclePolicy getLifecyclePolicy(String repositoryName);

    LifecyclePolicy deleteLifecyclePolicy(String repositoryName);

    /** Previews {@code lifecyclePolicyText}, or the repository's own policy when it is null; starts IN_PROGRESS. */
    LifecyclePolicyPreview startLifecyclePolicyPreview(String repositoryName, String lifecyclePolicyText);

    LifecyclePolicyPreview getLifecyclePolicyPreview(String repositoryName, String nextToken, Integer maxResults);

    AuthorizationData getAuthorizationToken();
}
