package dev.berth.ui;

import dev.berth.contract.LocalAws;
import dev.berth.core.gateway.ApiCalls;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.UpdateServiceRequest;
import dev.berth.sim.EcsFixture;
import dev.berth.ui.clusters.ClustersViewModel;
import dev.berth.ui.common.ClusterSelection;
import dev.berth.ui.common.DirectBackgroundTasks;
import dev.berth.ui.services.ServicesViewModel;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A details tab costs API calls only while it is on screen: counted over the SDK against the simulator's endpoint,
 * a refresh with the tab hidden makes the area's own calls and no more, opening the tab reads it once, and each
 * refresh while it is shown reads it again.
 */
class DetailsTabCallCountTest {
    private final EcsFixture world = new EcsFixture(12).withCluster();
    private final ClusterSelection selection = new ClusterSelection();

    @Test
    void theClustersAreaReadsTheCapacityTabOnlyWhileItIsShown() {
        try (LocalAws aws = LocalAws.serveWorld(world.simulator, false)) {
            ApiCalls calls = aws.gateway().apiCalls().orElseThrow();
            ClustersViewModel clusters = new ClustersViewModel(aws.gateway(), new DirectBackgroundTasks(),
                    Clock.systemUTC(), selection);
            clusters.refresh();
            // What the view binds to the selected row.
            clusters.capacity().clusterProperty().set(clusters.rows().visible().get(0).item());

            ApiCalls.Snapshot hidden = cost(calls, clusters::refresh);
            ApiCalls.Snapshot opened = cost(calls, () -> clusters.capacity().onScreen().shownProperty().set(true));
            ApiCalls.Snapshot shown = cost(calls, clusters::refresh);
            clusters.capacity().onScreen().shownProperty().set(false);
            ApiCalls.Snapshot hiddenAgain = cost(calls, clusters::refresh);

            assertThat(hidden.calls()).containsOnlyKeys("ListClusters", "DescribeClusters");
            assertThat(opened.calls()).containsKeys("DescribeCapacityProviders", "ListContainerInstances");
            assertThat(shown.total()).isEqualTo(hidden.total() + opened.total());
            assertThat(hiddenAgain.calls()).isEqualTo(hidden.calls());
        }
    }

    @Test
    void theServicesAreaReadsAutoScalingAndDeploymentsOnlyWhileShownOrWhileTheServiceRollsOut() {
        world.fargateDefinition("web", "nginxdemos/hello");
        world.fargateService("web", "web:1", 2, DeploymentConfiguration.defaults());
        world.advance(Duration.ofMinutes(5));
        selection.offer(List.of(EcsFixture.CLUSTER));
        try (LocalAws aws = LocalAws.serveWorld(world.simulator, true)) {
            ApiCalls calls = aws.gateway().apiCalls().orElseThrow();
            ServicesViewModel services = new ServicesViewModel(aws.gateway(), new DirectBackgroundTasks(),
                    Clock.systemUTC(), selection);
            services.refresh();
            services.selectedProperty().bind(services.rows().visible().get(0).itemProperty());

            ApiCalls.Snapshot hidden = cost(calls, services::refresh);
            assertThat(hidden.calls()).containsOnlyKeys("ListServices", "DescribeServices");

            ApiCalls.Snapshot scalingOpened = cost(calls, () -> services.autoScaling().onScreen().shownProperty()
                    .set(true));
            assertThat(scalingOpened.calls()).containsKeys("DescribeScalableTargets", "DescribeScalingPolicies");
            assertThat(cost(calls, services::refresh).total()).isEqualTo(hidden.total() + scalingOpened.total());
            services.autoScaling().onScreen().shownProperty().set(false);

            ApiCalls.Snapshot deploymentsOpened = cost(calls, () -> services.deploymentsOnScreen().shownProperty()
                    .set(true));
            assertThat(deploymentsOpened.calls()).containsKeys("DescribeServices", "ListTasks", "DescribeTasks");
            assertThat(cost(calls, services::refresh).calls()).containsKeys("ListTasks", "DescribeTasks");
            services.deploymentsOnScreen().shownProperty().set(false);
            assertThat(cost(calls, services::refresh).calls()).isEqualTo(hidden.calls());

            aws.gateway().ecs().updateService(new UpdateServiceRequest(EcsFixture.CLUSTER, "web", null, null, null,
                    null, null, null, null, true));
            services.refresh();
            assertThat(cost(calls, services::refresh).calls())
                    .as("a rolling deployment is recorded with the tab hidden").containsKeys("ListTasks");
        }
    }

    private static ApiCalls.Snapshot cost(ApiCalls calls, Runnable action) {
        ApiCalls.Snapshot before = calls.snapshot();
        action.run();
        return calls.snapshot().since(before);
    }
}
