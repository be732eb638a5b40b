package dev.berth.contract;

import dev.berth.core.ecr.ImageManifest;
import dev.berth.core.gateway.EcrGateway;
import dev.berth.core.model.AuthorizationData;
import dev.berth.core.model.BatchDeleteImageResult;
import dev.berth.core.model.BatchGetImageResult;
import dev.berth.core.model.CreateRepositoryRequest;
import dev.berth.core.model.DescribeImageScanFindingsResult;
import dev.berth.core.model.EncryptionConfiguration;
import dev.berth.core.model.Image;
import dev.berth.core.model.ImageDetail;
import dev.berth.core.model.ImageFailure;
import dev.berth.core.model.ImageIdentifier;
import dev.berth.core.model.ImageScanningConfiguration;
import dev.berth.core.model.LifecyclePolicy;
import dev.berth.core.model.LifecyclePolicyPreview;
import dev.berth.core.model.Page;
import dev.berth.core.model.PutImageRequest;
import dev.berth.core.model.Repository;
import dev.berth.core.model.Tag;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import dev.berth.sim.ecr.EcrWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every ECR backend must do, with AWS's error codes and messages: run by {@link SimEcrGatewayTest} against the
 * simulator's own gateway and by {@link AwsEcrGatewayTest} against the AWS SDK gateway talking to the simulator's
 * endpoint. Time moves on the simulator behind either.
 */
abstract class EcrGatewayContract {
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final String ACCOUNT = WorldSettings.DEFAULT_ACCOUNT_ID;
    private static final String REGISTRY = ACCOUNT + ".dkr.ecr.us-east-1.amazonaws.com";
    private static final String POLICY = """
            {"rules":[{"rulePriority":1,"selection":{"tagStatus":"any","countType":"imageCountMoreThan",\
            "countNumber":1},"action":{"type":"expire"}}]}""";

    private Simulator simulator;
    private EcrGateway ecr;

    /** The gateway under test over {@code simulator}. */
    protected abstract EcrGateway backend(Simulator simulator);

    @BeforeEach
    void world() {
        simulator = Simulator.create(WorldSettings.of("ecr-contract", 5, START), CommandJournal.none());
        ecr = backend(simulator);
    }

    @Test
    void aRepositoryIsCreatedWithAwsDefaultsDescribedAndDeleted() {
        Repository created = ecr.createRepository(new CreateRepositoryRequest("team/web", null, null, null,
                List.of(new Tag("owner", "team"))));

        assertThat(created).isEqualTo(new Repository("arn:aws:ecr:us-east-1:" + ACCOUNT + ":repository/team/web",
                ACCOUNT, "team/web", REGISTRY + "/team/web", START, "MUTABLE", new ImageScanningConfiguration(false),
                EncryptionConfiguration.AES256));
        assertThat(ecr.describeRepositories(List.of("team/web"), null, null).items()).containsExactly(created);
        assertThat(ecr.deleteRepository("team/web", false)).isEqualTo(created);
        assertThat(ecr.describeRepositories(null, null, null).items()).isEmpty();
    }

    @Test
    void repositoryNamesFollowAwsRules() {
        ecr.createRepository(CreateRepositoryRequest.named("web"));

        assertRefused(() -> ecr.createRepository(CreateRepositoryRequest.named("web")),
                "RepositoryAlreadyExistsException",
                "The repository with name 'web' already exists in the registry with id '" + ACCOUNT + "'");
        assertRefused(() -> ecr.createRepository(CreateRepositoryRequest.named("Web")), "InvalidParameterException",
                "Invalid parameter at 'repositoryName' failed to satisfy constraint: 'must satisfy regular "
                        + "expression '[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*' "
                        + "and be 2 to 256 characters long'");
    }

    @Test
    void missingRepositoriesAreRepositoryNotFound() {
        String message = "The repository with name 'nope' does not exist in the registry with id '" + ACCOUNT + "'";

        assertRefused(() -> ecr.describeRepositories(List.of("nope"), null, null), "RepositoryNotFoundException",
                message);
        assertRefused(() -> ecr.deleteRepository("nope", true), "RepositoryNotFoundException", message);
        assertRefused(() -> ecr.describeImages("nope", null, null, null, null), "RepositoryNotFoundException",
                message);
        assertRefused(() -> ecr.listImages("nope", null, null, null), "RepositoryNotFoundException", message);
        assertRefused(() -> push("nope", "1", "v1"), "RepositoryNotFoundException", message);
        assertRefused(() -> ecr.getLifecyclePolicy("nope"), "RepositoryNotFoundException", message);
    }

    @Test
    void repositoriesArePagedWithAnOpaqueToken() {
        for (String name : List.of("aa", "bb", "cc")) {
            ecr.createRepository(CreateRepositoryRequest.named(name));
        }

        Page<Repository> first = ecr.describeRepositories(null, null, 2);
        Page<Repository> second = ecr.describeRepositories(null, first.nextToken(), 2);

        assertThat(first.items()).extracting(Repository::repositoryName).containsExactly("aa", "bb");
        assertThat(first.nextToken()).isNotBlank();
        assertThat(second.items()).extracting(Repository::repositoryName).containsExactly("cc");
        assertThat(second.nextToken()).isNull();
        assertRefused(() -> ecr.describeRepositories(Collections.nCopies(101, "aa"), null, null),
                "InvalidParameterException", "Invalid parameter at 'repositoryNames' failed to satisfy constraint: "
                        + "'Member must have length less than or equal to 100'");
    }

    @Test
    void aRepositoryWithImagesIsDeletedOnlyWithForce() {
        ecr.createRepository(CreateRepositoryRequest.named("web"));
        push("web", "1", "v1");

        assertRefused(() -> ecr.deleteRepository("web", false), "RepositoryNotEmptyException",
                "The repository with name 'web' in registry with id '" + ACCOUNT + "' cannot be deleted because it "
                        + "still contains images");
        assertThat(ecr.deleteRepository("web", true).repositoryName()).isEqualTo("web");
        assertThat(ecr.describeRepositories(null, null, null).items()).isEmpty();
    }

    @Test
    void pushedImagesAreListedDescribedAndFetched() {
        ecr.createRepository(CreateRepositoryRequest.named("web"));
        String manifest = ImageManifest.build("web", "1", 30_000_000L, 3);
        Image pushed = ecr.putImage(new PutImageRequest("web", manifest, null, "v1", null));
        String first = pushed.imageId().imageDigest();
        simulator.advanceBy(Duration.ofMinutes(1));
        String second = push("web", "2", "latest").imageId().imageDigest();
        push("web", "2", "2.0");
        String untagged = push("web", "3", null).imageId().imageDigest();

        assertThat(pushed).isEqualTo(new Image(ACCOUNT, "web", new ImageIdentifier(first, "v1"), manifest,
                ImageManifest.DOCKER_V2));
        assertThat(first).isEqualTo(ImageManifest.digestOf(manifest));
        assertThat(ecr.listImages("web", null, null, null).items()).containsExactlyInAnyOrder(
                new ImageIdentifier(first, "v1"), new ImageIdentifier(second, "latest"),
                new ImageIdentifier(second, "2.0"), ImageIdentifier.digest(untagged));
        assertThat(ecr.listImages("web", "UNTAGGED", null, null).items())
                .containsExactly(ImageIdentifier.digest(untagged));
        assertThat(ecr.describeImages("web", null, "TAGGED", null, null).items()).extracting(ImageDetail::imageDigest)
                .containsExactlyInAnyOrder(first, second);
        ImageDetail detail = ecr.describeImages("web", List.of(ImageIdentifier.tag("v1")), null, null, null)
                .items().get(0);
        assertThat(detail).isEqualTo(new ImageDetail(ACCOUNT, "web", first, List.of("v1"), 30_000_000L, START, null,
                null, ImageManifest.DOCKER_V2, null));

        BatchGetImageResult got = ecr.batchGetImage("web", List.of(ImageIdentifier.tag("v1"),
                ImageIdentifier.tag("v9")));
        assertThat(got.images()).extracting(Image::imageManifest).containsExactly(manifest);
        assertThat(got.failures()).containsExactly(new ImageFailure(ImageIdentifier.tag("v9"), "ImageNotFound",
                "Requested image not found"));
        assertRefused(() -> ecr.describeImages("web", List.of(ImageIdentifier.tag("v9")), null, null, null),
                "ImageNotFoundException", "The image with imageId {imageDigest:'null', imageTag:'v9'} does not "
                        + "exist within the repository with name 'web' in the registry with id '" + ACCOUNT + "'");
    }

    @Test
    void imagesArePagedWithAnOpaqueToken() {
        ecr.createRepository(CreateRepositoryRequest.named("web"));
        for (String build : List.of("1", "2", "3")) {
            push("web", build, "v" + build);
        }

        Page<ImageDetail> first = ecr.describeImages("web", null, null, null, 2);
        Page<ImageIdentifier> ids = ecr.listImages("web", null, null, 2);

        assertThat(first.items()).hasSize(2);
        assertThat(ecr.describeImages("web", null, null, first.nextToken(), 2).items()).hasSize(1);
        assertThat(ids.items()).hasSize(2);
        assertThat(ecr.listImages("web", null, ids.nextToken(), 2).nextToken()).isNull();
    }

    @Test
    void deletingByTagRemovesTheTagAndByDigestTheImage() {
        ecr.createRepository(CreateRepositoryRequest.named("web"));
        String digest = push("web", "1", "v1").imageId().imageDigest();
        push("web", "1", "stable");
        String other = push("web", "2", "v2").imageId().imageDigest();

        BatchDeleteImageResult byTag = ecr.batchDeleteImage("web", List.of(ImageIdentifier.tag("v1"),
                ImageIdentifier.tag("v9")));
        BatchDeleteImageResult byDigest = ecr.batchDeleteImage("web", List.of(ImageIdentifier.digest(other)));

        assertThat(byTag.imageIds()).containsExactly(new ImageIdentifier(digest, "v1"));
        assertThat(byTag.failures()).containsExactly(new ImageFailure(ImageIdentifier.tag("v9"), "ImageNotFound",
                "Requested image not found"));
        assertThat(byDigest.imageIds()).containsExactly(new ImageIdentifier(other, "v2"));
        assertThat(ecr.listImages("web", null, null, null).items())
                .containsExactly(new ImageIdentifier(digest, "stable"));
    }

    @Test
    void anImmutableRepositoryRefusesToMoveATagUntilMadeMutable() {
        ecr.createRepository(new CreateRepositoryRequest("web", "IMMUTABLE", null, null, List.of()));
        String digest = push("web", "1", "v1").imageId().imageDigest();

        assertRefused(() -> push("web", "2", "v1"), "ImageTagAlreadyExistsException", "The image tag 'v1' already "
                + "exists in the 'web' repository and cannot be overwritten because the repository is immutable.");
        assertRefused(() -> push("web", "1", "v1"), "ImageAlreadyExistsException", "Image with digest '" + digest
                + "' and tag 'v1' already exists in the repository with name 'web' in registry with id '" + ACCOUNT
                + "'");
        Repository changed = ecr.putImageTagMutability("web", "MUTABLE");

        assertThat(changed.repositoryName()).isEqualTo("web");
        assertThat(changed.registryId()).isEqualTo(ACCOUNT);
        assertThat(changed.imageTagMutability()).isEqualTo("MUTABLE");
        push("web", "2", "v1");
        assertThat(ecr.describeRepositories(List.of("web"), null, null).items().get(0).imageTagMutability())
                .isEqualTo("MUTABLE");
        assertThat(ecr.listImages("web", "TAGGED", null, null).items()).extracting(ImageIdentifier::imageTag)
                .containsExactly("v1");
    }

    @Test
    void aGivenDigestMustMatchTheManifest() {
        ecr.createRepository(CreateRepositoryRequest.named("web"));
        String manifest = ImageManifest.build("web", "1", 1000, 1);
        String wrong = "sha256:" + "0".repeat(64);

        assertRefused(() -> ecr.putImage(new PutImageRequest("web", manifest, null, "1", wrong)),
                "ImageDigestDoesNotMatchException", "The digest '" + wrong + "' does not match the digest '"
                        + ImageManifest.digestOf(manifest) + "' calculated from the image manifest.");
    }

    @Test
    void scansRunOnPushOrOnRequestAndReportFindings() {
        ecr.createRepository(CreateRepositoryRequest.named("web"));
        Repository scanning = ecr.putImageScanningConfiguration("web", true);
        push("web", "1", "v1");
        ecr.putImageScanningConfiguration("web", false);
        push("web", "2", "v2");

        assertThat(scanning.imageScanningConfiguration()).isEqualTo(new ImageScanningConfiguration(true));
        assertThat(scanStatus("v1")).isEqualTo("IN_PROGRESS");
        assertRefused(() -> ecr.describeImageScanFindings("web", ImageIdentifier.tag("v2"), null, null),
                "ScanNotFoundException", "Image scan does not exist for the image with '{imageDigest:'null', "
                        + "imageTag:'v2'}' in the repository with name 'web' in the registry with id '" + ACCOUNT
                        + "'");
        assertThat(ecr.startImageScan("web", ImageIdentifier.tag("v2")).imageScanStatus().status())
                .isEqualTo("IN_PROGRESS");
        simulator.advanceBy(Duration.ofSeconds(60));

        assertThat(scanStatus("v1")).isEqualTo("COMPLETE");
        DescribeImageScanFindingsResult findings = ecr.describeImageScanFindings("web", ImageIdentifier.tag("v2"),
                null, null);
        assertThat(findings.imageScanStatus().status()).isEqualTo("COMPLETE");
        assertThat(findings.imageScanStatus().description()).isEqualTo("The scan was completed successfully.");
        assertThat(findings.imageScanFindings().findingSeverityCounts().values().stream().mapToInt(Integer::intValue)
                .sum()).isEqualTo(findings.imageScanFindings().findings().size());
        assertThat(findings.imageScanFindings().findingSeverityCounts()).isEqualTo(ecr.describeImages("web",
                List.of(ImageIdentifier.tag("v2")), null, null, null).items().get(0).imageScanFindingsSummary()
                .findingSeverityCounts());
        assertRefused(() -> ecr.startImageScan("web", ImageIdentifier.tag("v2")), "LimitExceededException",
                "The scan quota per image has been exceeded. Wait and try again.");
    }

    @Test
    void aLifecyclePolicyIsPutReadPreviewedAndDeleted() {
        ecr.createRepository(CreateRepositoryRequest.named("web"));
        String older = push("web", "1", "v1").imageId().imageDigest();
        simulator.advanceBy(Duration.ofMinutes(1));
        push("web", "2", "v2");
        String missing = "Lifecycle policy does not exist for the repository with name 'web' in the registry with "
                + "id '" + ACCOUNT + "'";
        assertRefused(() -> ecr.getLifecyclePolicy("web"), "LifecyclePolicyNotFoundException", missing);
        assertRefused(() -> ecr.deleteLifecyclePolicy("web"), "LifecyclePolicyNotFoundException", missing);

        LifecyclePolicy put = ecr.putLifecyclePolicy("web", POLICY);
        LifecyclePolicyPreview started = ecr.startLifecyclePolicyPreview("web", null);
        simulator.advanceBy(EcrWorld.PREVIEW_TIME);
        LifecyclePolicyPreview preview = ecr.getLifecyclePolicyPreview("web", null, null);

        assertThat(put).isEqualTo(new LifecyclePolicy(ACCOUNT, "web", POLICY, null));
        assertThat(ecr.getLifecyclePolicy("web").lifecyclePolicyText()).isEqualTo(POLICY);
        assertThat(started.status()).isEqualTo("IN_PROGRESS");
        assertThat(started.lifecyclePolicyText()).isEqualTo(POLICY);
        assertThat(preview.status()).isEqualTo("COMPLETE");
        assertThat(preview.previewResults()).singleElement().satisfies(result -> {
            assertThat(result.imageDigest()).isEqualTo(older);
            assertThat(result.imageTags()).containsExactly("v1");
            assertThat(result.action().type()).isEqualTo("EXPIRE");
            assertThat(result.appliedRulePriority()).isEqualTo(1);
        });
        assertThat(preview.summary().expiringImageTotalCount()).isEqualTo(1);
        assertThat(ecr.deleteLifecyclePolicy("web").lifecyclePolicyText()).isEqualTo(POLICY);
        assertRefused(() -> ecr.getLifecyclePolicy("web"), "LifecyclePolicyNotFoundException", missing);
    }

    @Test
    void anInvalidLifecyclePolicyIsRefusedSayingWhy() {
        ecr.createRepository(CreateRepositoryRequest.named("web"));
        String twoUntagged = "{\"rules\":[{\"rulePriority\":1,\"selection\":{\"tagStatus\":\"untagged\","
                + "\"countType\":\"imageCountMoreThan\",\"countNumber\":1},\"action\":{\"type\":\"expire\"}},"
                + "{\"rulePriority\":2,\"selection\":{\"tagStatus\":\"untagged\",\"countType\":\"sinceImagePushed\","
                + "\"countUnit\":\"days\",\"countNumber\":3},\"action\":{\"type\":\"expire\"}}]}";

        assertRefused(() -> ecr.putLifecyclePolicy("web", twoUntagged), "InvalidParameterException",
                "Invalid parameter at 'lifecyclePolicyText' failed to satisfy constraint: 'Lifecycle policy "
                        + "validation failure: only one rule may select untagged images'");
    }

    @Test
    void theAuthorizationTokenIsBase64OfAwsAndAPasswordForTwelveHours() {
        AuthorizationData data = ecr.getAuthorizationToken();

        assertThat(new String(Base64.getDecoder().decode(data.authorizationToken()), StandardCharsets.UTF_8))
                .startsWith("AWS:").hasSizeGreaterThan(20);
        assertThat(data.expiresAt()).isEqualTo(START.plus(Duration.ofHours(12)));
        assertThat(data.proxyEndpoint()).isEqualTo("https://" + REGISTRY);
    }

    private Image push(String repository, String build, String tag) {
        return ecr.putImage(new PutImageRequest(repository, ImageManifest.build(repository, build, 30_000_000L, 3),
                null, tag, null));
    }

    private String scanStatus(String tag) {
        return ecr.describeImages("web", List.of(ImageIdentifier.tag(tag)), null, null, null).items().get(0)
                .imageScanStatus().status();
    }
}
