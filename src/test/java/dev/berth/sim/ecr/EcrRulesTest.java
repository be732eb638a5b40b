package dev.berth.sim.ecr;

import dev.berth.core.ecr.ImageManifest;
import dev.berth.core.gateway.EcrGateway;
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
import dev.berth.core.model.Page;
import dev.berth.core.model.PutImageRequest;
import dev.berth.core.model.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class EcrRulesTest {
    private final EcrFixture fixture = new EcrFixture();
    private final EcrGateway ecr = fixture.ecr;

    @Test
    void aNewRepositoryTakesAwsDefaultsAndLivesAtTheRegistryHost() {
        Repository repository = ecr.createRepository(CreateRepositoryRequest.named("team/web-app"));

        assertThat(repository.repositoryUri()).isEqualTo(EcrFixture.REGISTRY + "/team/web-app");
        assertThat(repository.repositoryArn()).isEqualTo("arn:aws:ecr:us-east-1:123456789012:repository/team/web-app");
        assertThat(repository.registryId()).isEqualTo("123456789012");
        assertThat(repository.imageTagMutability()).isEqualTo("MUTABLE");
        assertThat(repository.imageScanningConfiguration().scanOnPush()).isFalse();
        assertThat(repository.encryptionConfiguration()).isEqualTo(EncryptionConfiguration.AES256);
        assertThat(repository.createdAt()).isEqualTo(fixture.world.simulator.now());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Web", "web_", "-web", "web//api", "web app"})
    void namesOutsideAwsPatternAreRefused(String name) {
        assertRefused(() -> ecr.createRepository(CreateRepositoryRequest.named(name)), "InvalidParameterException",
                "Invalid parameter at 'repositoryName' failed to satisfy constraint: 'must satisfy regular "
                        + "expression '[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*' "
                        + "and be 2 to 256 characters long'");
    }

    @Test
    void aSecondRepositoryOfTheSameNameIsRefused() {
        ecr.createRepository(CreateRepositoryRequest.named("web"));

        assertRefused(() -> ecr.createRepository(CreateRepositoryRequest.named("web")),
                "RepositoryAlreadyExistsException",
                "The repository with name 'web' already exists in the registry with id '123456789012'");
    }

    @Test
    void theDigestIsTheSha256OfTheManifestBytesAndTheSizeAddsUpItsLayers() throws Exception {
        ecr.createRepository(CreateRepositoryRequest.named("web"));
        String manifest = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.docker.distribution.manifest.v2"
                + "+json\",\"config\":{\"size\":1000},\"layers\":[{\"size\":2000},{\"size\":30000}]}";

        Image image = ecr.putImage(new PutImageRequest("web", manifest, null, "v1", null));

        String expected = "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(manifest.getBytes(StandardCharsets.UTF_8)));
        assertThat(image.imageId()).isEqualTo(new ImageIdentifier(expected, "v1"));
        ImageDetail detail = fixture.image("web", expected);
        assertThat(detail.imageSizeInBytes()).isEqualTo(33000);
        assertThat(detail.imagePushedAt()).isEqualTo(fixture.world.simulator.now());
        assertThat(detail.imageManifestMediaType()).isEqualTo(ImageManifest.DOCKER_V2);
        assertThat(detail.imageScanStatus()).isNull();
        assertThat(ecr.batchGetImage("web", List.of(ImageIdentifier.tag("v1"))).images())
                .singleElement().satisfies(got -> assertThat(got.imageManifest()).isEqualTo(manifest));
    }

    @Test
    void anImageCarriesSeveralTagsAndAMovedMutableTagLeavesItsOldImageUntagged() {
        ecr.createRepository(CreateRepositoryRequest.named("web"));
        String first = fixture.push("web", "1", "latest").imageId().imageDigest();
        String second = fixture.push("web", "2", "2.0").imageId().imageDigest();
        fixture.push("web", "2", "latest");

        assertThat(fixture.image("web", second).imageTags()).containsExactly("2.0", "latest");
        assertThat(fixture.image("web", first).imageTags()).isEmpty();
        assertThat(ecr.listImages("web", null, null, null).items()).containsExactly(ImageIdentifier.digest(first),
                new ImageIdentifier(second, "2.0"), new ImageIdentifier(second, "latest"));
        assertThat(ecr.listImages("web", "UNTAGGED", null, null).items()).containsExactly(
                ImageIdentifier.digest(first));
        assertThat(ecr.describeImages("web", null, "TAGGED", null, null).items()).extracting(ImageDetail::imageDigest)
                .containsExactly(second);
    }

    @Test
    void anImmutableTagCannotBeMovedToAnotherImage() {
        ecr.createRepository(new CreateRepositoryRequest("web", "IMMUTABLE", null, null, List.of()));
        fixture.push("web", "1", "v1");

        assertRefused(() -> fixture.push("web", "2", "v1"), "ImageTagAlreadyExistsException",
                "The image tag 'v1' already exists in the 'web' repository and cannot be overwritten because the "
                        + "repository is immutable.");
        fixture.push("web", "1", "also-v1");
        assertThat(fixture.images("web")).singleElement()
                .satisfies(image -> assertThat(image.imageTags()).containsExactly("v1", "also-v1"));
    }

    @Test
    void pushingTheSameManifestUnderTheSameTagAgainIsRefused() {
        ecr.createRepository(CreateRepositoryRequest.named("web"));
        String digest = fixture.push("web", "1", "v1").imageId().imageDigest();

        assertRefused(() -> fixture.push("web", "1", "v1"), "ImageAlreadyExistsException",
                "Image with digest '" + digest + "' and tag 'v1' already exists in the repository with name 'web' "
                        + "in registry with id '123456789012'");
    }

    @Test
    void aRepositoryWithImagesIsDeletedOnlyWithForce() {
        ecr.createRepository(CreateRepositoryRequest.named("web"));
        fixture.push("web", "1", "v1");

        assertRefused(() -> ecr.deleteRepository("web", false), "RepositoryNotEmptyException",
                "The repository with name 'web' in registry with id '123456789012' cannot be deleted because it "
                        + "still contains images");
        assertThat(ecr.deleteRepository("web", true).repositoryName()).isEqualTo("web");
        assertRefused(() -> ecr.describeRepositories(List.of("web"), null, null), "RepositoryNotFoundException",
                "The repository with name 'web' does not exist in the registry with id '123456789012'");
    }

    @Test
    void deletingByTagRemovesTheTagAndTheImageOnlyWithItsLastTag() {
        ecr.createRepository(CreateRepositoryRequest.named("web"));
        String digest = fixture.push("web", "1", "v1").imageId().imageDigest();
        fixture.push("web", "1", "stable");

        BatchDeleteImageResult byTag = ecr.batchDeleteImage("web", List.of(ImageIdentifier.tag("v1"),
                ImageIdentifier.tag("v9")));

        assertThat(byTag.imageIds()).containsExactly(new ImageIdentifier(digest, "v1"));
        assertThat(byTag.failures()).containsExactly(new ImageFailure(ImageIdentifier.tag("v9"), "ImageNotFound",
                "Requested image not found"));
        assertThat(fixture.image("web", digest).imageTags()).containsExactly("stable");
        assertThat(ecr.batchDeleteImage("web", List.of(ImageIdentifier.tag("stable"))).imageIds()).hasSize(1);
        assertThat(fixture.images("web")).isEmpty();
    }

    @Test
    void deletingByDigestRemovesTheImageWithEveryTag() {
        ecr.createRepository(CreateRepositoryRequest.named("web"));
        String digest = fixture.push("web", "1", "v1").imageId().imageDigest();
        fixture.push("web", "1", "stable");

        assertThat(ecr.batchDeleteImage("web", List.of(ImageIdentifier.digest(digest))).imageIds())
                .containsExactly(new ImageIdentifier(digest, "v1"), new ImageIdentifier(digest, "stable"));
        assertThat(fixture.images("web")).isEmpty();
    }

    @Test
    void unknownImagesAreFailuresInBatchesAndErrorsInDescribeImages() {
        ecr.createRepository(CreateRepositoryRequest.named("web"));
        fixture.push("web", "1", "v1");

        BatchGetImageResult got = ecr.batchGetImage("web", List.of(ImageIdentifier.tag("v1"),
                ImageIdentifier.tag("v9"), new ImageIdentifier(null, null)));
        assertThat(got.images()).hasSize(1);
        assertThat(got.failures()).extracting(ImageFailure::failureCode)
                .containsExactly("ImageNotFound", "MissingDigestAndTag");
        assertRefused(() -> ecr.describeImages("web", List.of(ImageIdentifier.tag("v9")), null, null, null),
                "ImageNotFoundException", "The image with imageId {imageDigest:'null', imageTag:'v9'} does not "
                        + "exist within the repository with name 'web' in the registry with id '123456789012'");
    }

    @Test
    void moreThanAHundredImageIdsAreRefused() {
        ecr.createRepository(CreateRepositoryRequest.named("web"));
        List<ImageIdentifier> ids = IntStream.range(0, 101)
                .mapToObj(i -> ImageIdentifier.tag("t" + i)).toList();

        assertRefused(() -> ecr.batchGetImage("web", ids), "InvalidParameterException", "Invalid parameter at "
                + "'imageIds' failed to satisfy constraint: 'Member must have length less than or equal to 100 and "
                + "greater than or equal to 1'");
    }

    @Test
    void repositoriesArePagedByMaxResults() {
        for (String name : List.of("aa", "bb", "cc")) {
            ecr.createRepository(CreateRepositoryRequest.named(name));
        }

        Page<Repository> first = ecr.describeRepositories(null, null, 2);
        Page<Repository> second = ecr.describeRepositories(null, first.nextToken(), 2);

        assertThat(first.items()).extracting(Repository::repositoryName).containsExactly("aa", "bb");
        assertThat(second.items()).extracting(Repository::repositoryName).containsExactly("cc");
        assertThat(second.nextToken()).isNull();
    }

    @Test
    void scanOnPushCompletesWithinAMinuteWithFindingsThatFollowFromTheImage() {
        ecr.createRepository(new CreateRepositoryRequest("web", null, new ImageScanningConfiguration(true), null,
                List.of()));
        ecr.createRepository(new CreateRepositoryRequest("copy", null, new ImageScanningConfiguration(true), null,
                List.of()));
        String manifest = ImageManifest.build("shared", "1", 40_000_000L, 4);
        ecr.putImage(new PutImageRequest("web", manifest, null, "v1", null));

        assertThat(fixture.images("web").get(0).imageScanStatus().status()).isEqualTo("IN_PROGRESS");
        fixture.world.advance(Duration.ofSeconds(60));
        ImageDetail scanned = fixture.images("web").get(0);
        assertThat(scanned.imageScanStatus().status()).isEqualTo("COMPLETE");
        assertThat(scanned.imageScanStatus().description()).isEqualTo("The scan was completed successfully.");

        ecr.putImage(new PutImageRequest("copy", manifest, null, "other", null));
        fixture.world.advance(Duration.ofSeconds(60));
        DescribeImageScanFindingsResult web = ecr.describeImageScanFindings("web", ImageIdentifier.tag("v1"), null,
                null);
        DescribeImageScanFindingsResult copy = ecr.describeImageScanFindings("copy", ImageIdentifier.tag("other"),
                null, null);
        assertThat(copy.imageScanFindings().findings()).isEqualTo(web.imageScanFindings().findings());
        assertThat(web.imageScanFindings().findingSeverityCounts()).isEqualTo(
                scanned.imageScanFindingsSummary().findingSeverityCounts());
        assertThat(web.imageScanFindings().findingSeverityCounts().values().stream().mapToInt(Integer::intValue)
                .sum()).isEqualTo(web.imageScanFindings().findings().size());
    }

    @Test
    void basicScanningScansAnImageOnceADay() {
        ecr.createRepository(CreateRepositoryRequest.named("web"));
        fixture.push("web", "1", "v1");
        assertRefused(() -> ecr.describeImageScanFindings("web", ImageIdentifier.tag("v1"), null, null),
                "ScanNotFoundException", "Image scan does not exist for the image with '{imageDigest:'null', "
                        + "imageTag:'v1'}' in the repository with name 'web' in the registry with id '123456789012'");

        assertThat(ecr.startImageScan("web", ImageIdentifier.tag("v1")).imageScanStatus().status())
                .isEqualTo("IN_PROGRESS");
        fixture.world.advance(Duration.ofHours(23));
        assertRefused(() -> ecr.startImageScan("web", ImageIdentifier.tag("v1")), "LimitExceededException",
                "The scan quota per image has been exceeded. Wait and try again.");
        fixture.world.advance(Duration.ofHours(1));
        assertThat(ecr.startImageScan("web", ImageIdentifier.tag("v1")).imageScanStatus().status())
                .isEqualTo("IN_PROGRESS");
    }

    @Test
    void aRepositoryWithoutPolicyHasNoneToGetOrDelete() {
        ecr.createRepository(CreateRepositoryRequest.named("web"));

        String message = "Lifecycle policy does not exist for the repository with name 'web' in the registry with "
                + "id '123456789012'";
        assertRefused(() -> ecr.getLifecyclePolicy("web"), "LifecyclePolicyNotFoundException", message);
        assertRefused(() -> ecr.deleteLifecyclePolicy("web"), "LifecyclePolicyNotFoundException", message);
        assertRefused(() -> ecr.startLifecyclePolicyPreview("web", null), "LifecyclePolicyNotFoundException",
                message);
    }
}
