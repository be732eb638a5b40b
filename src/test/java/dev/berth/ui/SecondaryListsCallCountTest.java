package dev.berth.ui;

import dev.berth.contract.LocalAws;
import dev.berth.core.ecr.ImageManifest;
import dev.berth.core.gateway.ApiCalls;
import dev.berth.core.model.CreateFargateProfileRequest;
import dev.berth.core.model.CreateRepositoryRequest;
import dev.berth.core.model.FargateProfile;
import dev.berth.core.model.NodegroupScalingConfig;
import dev.berth.core.model.PutImageRequest;
import dev.berth.core.model.UpdateNodegroupConfigRequest;
import dev.berth.sim.DemoWorld;
import dev.berth.sim.EcsFixture;
import dev.berth.sim.Simulator;
import dev.berth.ui.apprunner.AppRunnerViewModel;
import dev.berth.ui.common.DirectBackgroundTasks;
import dev.berth.ui.common.WhileShown;
import dev.berth.ui.ecr.ImagesViewModel;
import dev.berth.ui.eks.EksViewModel;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes, App Runner and Images areas read a tab's list only while the tab is on screen: counted over the SDK
 * against the simulator's endpoint, a refresh with every tab hidden makes the area's own calls (its main table) and
 * no more, and each tab shown adds exactly its own calls to every refresh.
 */
class SecondaryListsCallCountTest {
    private final EcsFixture world = new EcsFixture(12);
    private final Simulator simulator = world.simulator;
    private final String account = simulator.settings().accountId();

    @Test
    void theKubernetesAreaReadsNodeGroupsAddOnsFargateProfilesAndUpdatesOnlyWhileTheirTabIsShown() {
        DemoWorld.createEksCluster(simulator.eks(), account);
        simulator.advanceBy(DemoWorld.HISTORY);
        DemoWorld.createNodegroup(simulator.eks(), account);
        simulator.eks().createAddon(DemoWorld.EKS_CLUSTER, "vpc-cni", null);
        simulator.eks().createFargateProfile(new CreateFargateProfileRequest("default", DemoWorld.EKS_CLUSTER,
                DemoWorld.roleArn(account, "AmazonEKSFargatePodExecutionRole"), null,
                List.of(new FargateProfile.Selector("default", null)), null));
        simulator.advanceBy(Duration.ofMinutes(5));
        simulator.eks().updateNodegroupConfig(UpdateNodegroupConfigRequest.scaling(DemoWorld.EKS_CLUSTER,
                DemoWorld.NODEGROUP, new NodegroupScalingConfig(null, 3, null)));
        try (LocalAws aws = LocalAws.serveWorld(simulator, false)) {
            ApiCalls calls = aws.gateway().apiCalls().orElseThrow();
            EksViewModel kubernetes = new EksViewModel(aws.gateway(), new DirectBackgroundTasks(),
                    Clock.systemUTC());
            kubernetes.refresh();

            ApiCalls.Snapshot hidden = cost(calls, kubernetes::refresh);

            assertThat(hidden.calls()).isEqualTo(Map.of("ListClusters", 1L, "DescribeCluster", 1L,
                    "ListNodegroups", 1L, "ListFargateProfiles", 1L));
            assertThat(tabCost(calls, kubernetes.nodegroupsOnScreen(), kubernetes::refresh, hidden))
                    .isEqualTo(Map.of("DescribeNodegroup", 1L, "DescribeInstances", 1L));
            assertThat(kubernetes.nodes().all()).hasSize(2);
            assertThat(tabCost(calls, kubernetes.detailsOnScreen(), kubernetes::refresh, hidden))
                    .isEqualTo(Map.of("ListAddons", 1L, "DescribeAddon", 1L));
            assertThat(kubernetes.addonsProperty().get()).hasSize(1);
            assertThat(tabCost(calls, kubernetes.fargateProfilesOnScreen(), kubernetes::refresh, hidden))
                    .isEqualTo(Map.of("ListFargateProfiles", 1L, "DescribeFargateProfile", 1L));
            assertThat(tabCost(calls, kubernetes.updatesOnScreen(), kubernetes::refresh, hidden))
                    .isEqualTo(Map.of("ListUpdates", 2L, "DescribeUpdate", 1L));
            assertThat(kubernetes.updates().all()).hasSize(1);
            assertThat(cost(calls, kubernetes::refresh).calls()).isEqualTo(hidden.calls());
        }
    }

    @Test
    void theAppRunnerAreaReadsOperationsOnlyWhileTheirTabIsShown() {
        DemoWorld.populateAppRunner(simulator.appRunner());
        simulator.advanceBy(Duration.ofMinutes(5));
        try (LocalAws aws = LocalAws.serveWorld(simulator, false)) {
            ApiCalls calls = aws.gateway().apiCalls().orElseThrow();
            AppRunnerViewModel appRunner = new AppRunnerViewModel(aws.gateway(), new DirectBackgroundTasks(),
                    Clock.systemUTC());
            appRunner.refresh();
            appRunner.selectedProperty().bind(appRunner.rows().visible().get(0).itemProperty());

            ApiCalls.Snapshot hidden = cost(calls, appRunner::refresh);

            assertThat(hidden.calls()).isEqualTo(Map.of("ListServices", 1L, "DescribeService", 1L,
                    "GetMetricData", 1L));
            assertThat(tabCost(calls, appRunner.operationsOnScreen(), appRunner::refresh, hidden))
                    .isEqualTo(Map.of("ListOperations", 1L));
            assertThat(appRunner.operations().all()).isNotEmpty();
            assertThat(cost(calls, appRunner::refresh).calls()).isEqualTo(hidden.calls());
        }
    }

    @Test
    void theImagesAreaReadsImageUsageAndTheLifecyclePolicyOnlyWhileTheirTabIsShown() {
        simulator.ecr().createRepository(CreateRepositoryRequest.named("web"));
        simulator.ecr().putImage(new PutImageRequest("web", ImageManifest.build("web", "1", 1000, 1), null, "v1",
                null));
        world.fargateDefinition("web", account + ".dkr.ecr.us-east-1.amazonaws.com/web:v1");
        try (LocalAws aws = LocalAws.serveWorld(simulator, false)) {
            ApiCalls calls = aws.gateway().apiCalls().orElseThrow();
            ImagesViewModel images = new ImagesViewModel(aws.gateway(), new DirectBackgroundTasks(),
                    Clock.systemUTC());
            images.selectedRepositoryProperty().set("web");

            ApiCalls.Snapshot hidden = cost(calls, images::refresh);

            assertThat(hidden.calls()).isEqualTo(Map.of("DescribeRepositories", 1L, "DescribeImages", 1L));
            // Task definitions never change, so each is described once; later refreshes only list them.
            cost(calls, () -> images.imagesOnScreen().shownProperty().set(true));
            assertThat(images.images().all()).singleElement()
                    .satisfies(row -> assertThat(row.usedByProperty().get()).isEqualTo("web:1"));
            images.imagesOnScreen().shownProperty().set(false);
            assertThat(tabCost(calls, images.imagesOnScreen(), images::refresh, hidden))
                    .isEqualTo(Map.of("ListTaskDefinitions", 1L));
            assertThat(tabCost(calls, images.lifecyclePolicyOnScreen(), images::refresh, hidden))
                    .isEqualTo(Map.of("GetLifecyclePolicy", 1L));
            assertThat(cost(calls, images::refresh).calls()).isEqualTo(hidden.calls());
        }
    }

    /** The calls a refresh makes with {@code tab} shown beyond those of {@code hidden}; the tab is hidden after. */
    private static Map<String, Long> tabCost(ApiCalls calls, WhileShown tab, Runnable refresh,
                                             ApiCalls.Snapshot hidden) {
        tab.shownProperty().set(true);
        ApiCalls.Snapshot shown = cost(calls, refresh);
        tab.shownProperty().set(false);
        return shown.since(hidden).calls();
    }

    private static ApiCalls.Snapshot cost(ApiCalls calls, Runnable action) {
        ApiCalls.Snapshot before = calls.snapshot();
        action.run();
        return calls.snapshot().since(before);
    }
}
