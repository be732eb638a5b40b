package dev.berth.sim.wire;

import dev.berth.app.SimulatorBackend;
import dev.berth.ui.testing.SteppedClock;
import dev.berth.core.ecr.ImageManifest;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.BatchDeleteImageResponse;
import software.amazon.awssdk.services.ecr.model.DescribeImagesResponse;
import software.amazon.awssdk.services.ecr.model.GetLifecyclePolicyPreviewResponse;
import software.amazon.awssdk.services.ecr.model.ImageDetail;
import software.amazon.awssdk.services.ecr.model.ImageFailureCode;
import software.amazon.awssdk.services.ecr.model.ImageIdentifier;
import software.amazon.awssdk.services.ecr.model.ImageTagAlreadyExistsException;
import software.amazon.awssdk.services.ecr.model.ImageTagMutability;
import software.amazon.awssdk.services.ecr.model.InvalidParameterException;
import software.amazon.awssdk.services.ecr.model.LifecyclePolicyPreviewStatus;
import software.amazon.awssdk.services.ecr.model.ListImagesResponse;
import software.amazon.awssdk.services.ecr.model.Repository;
import software.amazon.awssdk.services.ecr.model.RepositoryNotEmptyException;
import software.amazon.awssdk.services.ecr.model.RepositoryNotFoundException;
import software.amazon.awssdk.services.ecr.model.ScanStatus;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The unmodified SDK's EcrClient against the simulator's endpoint: members, timestamps, pages and errors. */
class EcrEndpointTest {
    private static final Instant START = Instant.parse("2026-11-25T08:00:00Z");
    private static final String POLICY = "{\"rules\":[{\"rulePriority\":1,\"description\":\"keep the newest\","
            + "\"selection\":{\"tagStatus\":\"any\",\"countType\":\"imageCountMoreThan\",\"countNumber\":1},"
            + "\"action\":{\"type\":\"expire\"}}]}";
    private Simulator simulator;
    private AwsEndpoint endpoint;
    private EcrClient ecr;

    @BeforeEach
    void start() throws IOException {
        simulator = Simulator.create(WorldSettings.of("wire", 11, START), CommandJournal.none());
        endpoint = AwsEndpoint.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new SimulatorBackend(simulator, new SteppedClock(simulator)), new SigV4Verifier("test", "test"), Instant::now);
        ecr = WireClients.sdk(EcrClient.builder(), endpoint.port(), "test");
    }

    @AfterEach
    void stop() {
        ecr.close();
        endpoint.close();
    }

    @Test
    void theSdkPushesListsScansAndExpiresImages() {
        Repository repository = ecr.createRepository(r -> r.repositoryName("demo/web")
                .imageScanningConfiguration(s -> s.scanOnPush(true))).repository();
        assertThat(repository.repositoryUri()).isEqualTo("123456789012.dkr.ecr.us-east-1.amazonaws.com/demo/web");
        assertThat(repository.createdAt()).isEqualTo(START);
        String first = ImageManifest.build("demo/web", "1", 20_000_000L, 2);
        String second = ImageManifest.build("demo/web", "2", 30_000_000L, 3);
        assertThat(ecr.putImage(r -> r.repositoryName("demo/web").imageManifest(first).imageTag("v1")).image()
                .imageId().imageDigest()).isEqualTo(ImageManifest.digestOf(first));
        simulator.advanceBy(Duration.ofMinutes(1));
        ecr.putImage(r -> r.repositoryName("demo/web").imageManifest(second).imageTag("v2"));
        ecr.putImage(r -> r.repositoryName("demo/web").imageManifest(second).imageTag("latest"));
        simulator.advanceBy(Duration.ofMinutes(1));

        DescribeImagesResponse described = ecr.describeImages(r -> r.repositoryName("demo/web"));
        assertThat(described.imageDetails()).extracting(ImageDetail::imageTags)
                .containsExactly(List.of("v1"), List.of("v2", "latest"));
        ImageDetail newest = described.imageDetails().get(1);
        assertThat(newest.imagePushedAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
        assertThat(newest.imageSizeInBytes()).isEqualTo(30_000_000L);
        assertThat(newest.imageScanStatus().status()).isEqualTo(ScanStatus.COMPLETE);

        ListImagesResponse page = ecr.listImages(r -> r.repositoryName("demo/web").maxResults(2));
        assertThat(page.imageIds()).hasSize(2);
        assertThat(ecr.listImages(r -> r.repositoryName("demo/web").nextToken(page.nextToken())).imageIds())
                .containsExactly(ImageIdentifier.builder().imageDigest(ImageManifest.digestOf(second))
                        .imageTag("latest").build());

        ecr.putLifecyclePolicy(r -> r.repositoryName("demo/web").lifecyclePolicyText(POLICY));
        assertThat(ecr.startLifecyclePolicyPreview(r -> r.repositoryName("demo/web")).status())
                .isEqualTo(LifecyclePolicyPreviewStatus.IN_PROGRESS);
        simulator.advanceBy(Duration.ofSeconds(5));
        GetLifecyclePolicyPreviewResponse preview = ecr.getLifecyclePolicyPreview(r -> r.repositoryName("demo/web"));
        assertThat(preview.status()).isEqualTo(LifecyclePolicyPreviewStatus.COMPLETE);
        assertThat(preview.previewResults()).singleElement().satisfies(result -> {
            assertThat(result.imageDigest()).isEqualTo(ImageManifest.digestOf(first));
            assertThat(result.appliedRulePriority()).isEqualTo(1);
        });
        simulator.advanceBy(Duration.ofHours(1));
        assertThat(ecr.listImages(r -> r.repositoryName("demo/web")).imageIds())
                .extracting(ImageIdentifier::imageTag).containsExactly("v2", "latest");
        assertThat(ecr.getLifecyclePolicy(r -> r.repositoryName("demo/web")).lastEvaluatedAt())
                .isEqualTo(START.plus(Duration.ofHours(1)));
    }

    @Test
    void refusalsReachTheSdkAsEcrsExceptions() {
        ecr.createRepository(r -> r.repositoryName("web").imageTagMutability(ImageTagMutability.IMMUTABLE));
        ecr.putImage(r -> r.repositoryName("web").imageManifest(ImageManifest.build("web", "1", 1000, 1))
                .imageTag("v1"));

        assertThatThrownBy(() -> ecr.putImage(r -> r.repositoryName("web")
                .imageManifest(ImageManifest.build("web", "2", 1000, 1)).imageTag("v1")))
                .isInstanceOf(ImageTagAlreadyExistsException.class);
        assertThatThrownBy(() -> ecr.deleteRepository(r -> r.repositoryName("web")))
                .isInstanceOf(RepositoryNotEmptyException.class)
                .hasMessageContaining("cannot be deleted because it still contains images");
        assertThatThrownBy(() -> ecr.describeImages(r -> r.repositoryName("nope")))
                .isInstanceOf(RepositoryNotFoundException.class);
        assertThatThrownBy(() -> ecr.putLifecyclePolicy(r -> r.repositoryName("web")
                .lifecyclePolicyText(POLICY.replace("\"any\"", "\"tagged\""))))
                .isInstanceOf(InvalidParameterException.class);
        BatchDeleteImageResponse deleted = ecr.batchDeleteImage(r -> r.repositoryName("web")
                .imageIds(i -> i.imageTag("v1"), i -> i.imageTag("v9")));
        assertThat(deleted.imageIds()).extracting(ImageIdentifier::imageTag).containsExactly("v1");
        assertThat(deleted.failures()).singleElement()
                .satisfies(f -> assertThat(f.failureCode()).isEqualTo(ImageFailureCode.IMAGE_NOT_FOUND));
        assertThat(ecr.deleteRepository(r -> r.repositoryName("web")).repository().repositoryName()).isEqualTo("web");
    }
}
