package dev.berth.sim.ecr;

import dev.berth.core.model.CreateRepositoryRequest;
import dev.berth.core.model.RunTaskRequest;
import dev.berth.core.model.Task;
import dev.berth.sim.EcsFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Tasks pull private ECR images from the simulated registry, through the ECS gateway as a user would. */
class EcrImagePullTest {
    private final EcrFixture fixture = new EcrFixture();
    private final EcsFixture world = fixture.world.withCluster();

    @Test
    void aTaskPullsAnImageTheRepositoryHoldsByTagOrDigest() {
        fixture.ecr.createRepository(CreateRepositoryRequest.named("web"));
        String digest = fixture.push("web", "1", "v1").imageId().imageDigest();

        Task byTag = run(EcrFixture.REGISTRY + "/web:v1");
        Task byDigest = run(EcrFixture.REGISTRY + "/web@" + digest);

        assertThat(byTag.lastStatus()).isEqualTo("RUNNING");
        assertThat(byDigest.lastStatus()).isEqualTo("RUNNING");
        assertThat(fixture.images("web").get(0).lastRecordedPullTime()).isNotNull();
    }

    @Test
    void aMissingTagOrRepositoryStopsTheTaskWithCannotPullContainerError() {
        fixture.ecr.createRepository(CreateRepositoryRequest.named("web"));
        fixture.push("web", "1", "v1");

        Task missingTag = run(EcrFixture.REGISTRY + "/web:v2");
        Task missingRepository = run(EcrFixture.REGISTRY + "/api");

        assertThat(missingTag.lastStatus()).isEqualTo("STOPPED");
        assertThat(missingTag.stoppedReason()).isEqualTo("CannotPullContainerError: pull image manifest has been "
                + "retried 7 time(s): failed to resolve ref " + EcrFixture.REGISTRY + "/web:v2: not found");
        assertThat(missingRepository.stoppedReason()).isEqualTo("CannotPullContainerError: pull image manifest has "
                + "been retried 7 time(s): failed to resolve ref " + EcrFixture.REGISTRY + "/api:latest: not found");
    }

    @Test
    void dockerHubImagesPullAsBefore() {
        assertThat(run("nginxdemos/hello").lastStatus()).isEqualTo("RUNNING");
    }

    private Task run(String image) {
        String family = "f" + Integer.toHexString(image.hashCode());
        world.fargateDefinition(family, image);
        String arn = world.ecs.runTask(new RunTaskRequest(EcsFixture.CLUSTER, family, 1, "FARGATE", List.of(), null,
                EcsFixture.NETWORK, null, null, List.of())).tasks().get(0).taskArn();
        world.advance(Duration.ofMinutes(3));
        return world.ecs.describeTasks(EcsFixture.CLUSTER, List.of(arn)).items().get(0);
    }
}
