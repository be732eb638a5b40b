package dev.berth.sim;

import dev.berth.core.ecr.ImageManifest;
import dev.berth.core.gateway.EcrGateway;
import dev.berth.core.model.CreateRepositoryRequest;
import dev.berth.core.model.ImageDetail;
import dev.berth.core.model.ImageIdentifier;
import dev.berth.core.model.ImageScanningConfiguration;
import dev.berth.core.model.LifecyclePolicy;
import dev.berth.core.model.LifecyclePolicyPreview;
import dev.berth.core.model.PutImageRequest;
import dev.berth.core.model.Repository;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Some hours of a registry using every mutating ECR operation, for determinism and replay tests. */
final class EcrScenario {
    static final String POLICY = "{\"rules\":[{\"rulePriority\":1,\"selection\":{\"tagStatus\":\"untagged\","
            + "\"countType\":\"imageCountMoreThan\",\"countNumber\":1},\"action\":{\"type\":\"expire\"}}]}";

    private EcrScenario() {
    }

    static void play(Simulator simulator) {
        EcrGateway ecr = simulator.ecr();
        DemoWorld.populateImages(ecr);
        ecr.createRepository(new CreateRepositoryRequest("team/api", "IMMUTABLE", new ImageScanningConfiguration(true),
                null, List.of()));
        ecr.createRepository(CreateRepositoryRequest.named("scratch"));
        for (int build = 1; build <= 6; build++) {
            ecr.putImage(new PutImageRequest("team/api", ImageManifest.build("team/api", "b" + build,
                    build * 9_000_000L, 3), null, build % 2 == 0 ? "b" + build : null, null));
            simulator.advanceBy(Duration.ofMinutes(17));
        }
        ecr.putImageTagMutability("scratch", "IMMUTABLE");
        ecr.putImage(new PutImageRequest("scratch", ImageManifest.build("scratch", "x", 1_000_000L, 1), null, "x",
                null));
        ecr.startImageScan("scratch", ImageIdentifier.tag("x"));
        ecr.putImageScanningConfiguration("scratch", true);
        ecr.putLifecyclePolicy("team/api", POLICY);
        ecr.startLifecyclePolicyPreview("team/api", null);
        ecr.batchDeleteImage(DemoWorld.REPOSITORY, List.of(ImageIdentifier.tag("1.0")));
        simulator.advanceBy(Duration.ofHours(3));
        ecr.putLifecyclePolicy("scratch", POLICY);
        ecr.deleteLifecyclePolicy("scratch");
        ecr.deleteRepository("scratch", true);
        simulator.advanceBy(Duration.ofHours(2));
    }

    /** Everything ECR can describe, as a value two worlds can be compared by. */
    record Snapshot(List<Repository> repositories, List<ImageDetail> images, List<LifecyclePolicy> policies,
                    List<LifecyclePolicyPreview> previews) {
        static Snapshot of(Simulator simulator) {
            EcrGateway ecr = simulator.ecr();
            List<Repository> repositories = ecr.describeRepositories(null, null, null).items();
            List<ImageDetail> images = new ArrayList<>();
            List<LifecyclePolicy> policies = new ArrayList<>();
            List<LifecyclePolicyPreview> previews = new ArrayList<>();
            for (Repository repository : repositories) {
                images.addAll(ecr.describeImages(repository.repositoryName(), null, null, null, null).items());
                if (repository.repositoryName().equals("team/api")) {
                    policies.add(ecr.getLifecyclePolicy("team/api"));
                    previews.add(ecr.getLifecyclePolicyPreview("team/api", null, null));
                }
            }
            return new Snapshot(repositories, images, policies, previews);
        }
    }
}
