package dev.berth.contract;

import dev.berth.core.ecr.ImageManifest;
import dev.berth.core.model.CreateRepositoryRequest;
import dev.berth.core.model.EksNode;
import dev.berth.core.model.PutImageRequest;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.DemoWorld;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import dev.berth.ui.common.DirectBackgroundTasks;
import dev.berth.ui.ecr.ImagesViewModel;
import dev.berth.ui.eks.EksViewModel;
import dev.berth.ui.eks.NodegroupRow;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Images and Kubernetes areas' view models on a real-AWS connection (the SDK over {@code berth serve}): they show
 * the served world, and the Kubernetes area shows node groups with their nodes read from EC2, whose Kubernetes status
 * it does not know.
 */
class AreasOnAwsTest {
    private final Simulator simulator = Simulator.create(WorldSettings.of("areas-on-aws", 11,
            Instant.parse("2026-03-02T09:00:00Z")), CommandJournal.none());

    @Test
    void theImagesAreaShowsTheRepositoriesAndImagesOfTheConnection() {
        simulator.ecr().createRepository(CreateRepositoryRequest.named("web"));
        simulator.ecr().putImage(new PutImageRequest("web", ImageManifest.build("web", "1", 1000, 1), null, "v1",
                null));
        try (LocalAws aws = LocalAws.servePart("ecr", simulator.ecr(), false)) {
            ImagesViewModel images = new ImagesViewModel(aws.gateway(), new DirectBackgroundTasks(),
                    Clock.systemUTC());
            images.refresh();
            images.selectedRepositoryProperty().set("web");

            assertThat(images.errorProperty().get()).isNull();
            assertThat(images.repositories().all()).singleElement()
                    .satisfies(row -> assertThat(row.imageCount()).isEqualTo(1));
            assertThat(images.images().all()).hasSize(1);
        }
    }

    @Test
    void theKubernetesAreaShowsNodesFromEc2WithoutTheirKubernetesStatus() {
        String account = simulator.settings().accountId();
        DemoWorld.createEksCluster(simulator.eks(), account);
        simulator.advanceBy(DemoWorld.HISTORY);
        DemoWorld.createNodegroup(simulator.eks(), account);
        simulator.advanceBy(Duration.ofMinutes(5));
        try (LocalAws aws = LocalAws.serveParts(Map.of("eks", simulator.eks(), "ec2", simulator.ec2()), false)) {
            EksViewModel kubernetes = new EksViewModel(aws.gateway(), new DirectBackgroundTasks(),
                    Clock.systemUTC());
            kubernetes.nodegroupsOnScreen().shownProperty().set(true);

            assertThat(kubernetes.errorProperty().get()).isNull();
            assertThat(kubernetes.clusters().all()).extracting(row -> row.statusProperty().get())
                    .containsExactly("ACTIVE");
            NodegroupRow group = kubernetes.nodegroups().all().get(0);
            assertThat(group.statusProperty().get()).isEqualTo("ACTIVE");
            assertThat(group.nodesReadyProperty().get()).isEqualTo("? / 2");
            assertThat(kubernetes.nodes().all()).extracting(row -> row.instanceIdProperty().get())
                    .containsExactlyElementsOf(simulator.eks().listNodes(DemoWorld.EKS_CLUSTER, DemoWorld.NODEGROUP)
                            .stream().map(EksNode::instanceId).toList());
            assertThat(kubernetes.nodes().all()).allSatisfy(node -> {
                assertThat(node.statusProperty().get()).isEqualTo("Not known (kubectl)");
                assertThat(node.instanceStateProperty().get()).isEqualTo("running");
            });
        }
    }
}
