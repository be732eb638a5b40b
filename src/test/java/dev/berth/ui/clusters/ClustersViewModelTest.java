package dev.berth.ui.clusters;

import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.Ec2Capacity;
import dev.berth.ui.common.ClusterSelection;
import dev.berth.ui.common.DirectBackgroundTasks;
import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.testing.DemoData;
import dev.berth.ui.testing.FakeEcs;
import dev.berth.ui.testing.FakeGateway;
import dev.berth.ui.testing.ManualBackgroundTasks;
import dev.berth.ui.testing.RecordingOutcome;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClustersViewModelTest {
    private final FakeGateway gateway = new FakeGateway();
    private final FakeEcs ecs = gateway.fakeEcs();
    private final ClusterSelection selection = new ClusterSelection();
    private final ClustersViewModel viewModel = new ClustersViewModel(gateway, new DirectBackgroundTasks(),
            Clock.systemUTC(), selection);

    @Test
    void refreshShowsEveryClusterAndOffersTheActiveOnesToPick() {
        ecs.createCluster(CreateClusterRequest.named("production"));
        ecs.createCluster(CreateClusterRequest.named("staging"));

        viewModel.refresh();

        assertThat(viewModel.rows().visible()).extracting(ClusterRow::name).containsExactly("production", "staging");
        assertThat(selection.names()).containsExactly("production", "staging");
        assertThat(selection.selected()).isEqualTo("production");
        assertThat(viewModel.refreshedAtProperty().get()).isNotNull();
    }

    @Test
    void theFilterMatchesNameStatusAndCapacityProviders() {
        ecs.createCluster(CreateClusterRequest.named("production"));
        ecs.createCluster(new CreateClusterRequest("batch", List.of(), List.of(),
                new Ec2Capacity("t3.medium", 0, 2, 0), List.of()));
        viewModel.refresh();

        viewModel.rows().filterProperty().set("  BATCH ");
        assertThat(viewModel.rows().visible()).extracting(ClusterRow::name).containsExactly("batch");

        viewModel.rows().filterProperty().set("spot");
        assertThat(viewModel.rows().visible()).extracting(ClusterRow::name).containsExactly("production");
    }

    @Test
    void aRefreshUpdatesRowsInPlace() {
        ecs.createCluster(CreateClusterRequest.named("production"));
        viewModel.refresh();
        ClusterRow row = viewModel.rows().visible().get(0);

        Cluster busier = new Cluster(FakeEcs.clusterArn("production"), "production", "ACTIVE", 0, 5, 1, 2,
                List.of("FARGATE"), List.of(), List.of());
        ecs.putCluster(busier);
        viewModel.refresh();

        assertThat(viewModel.rows().visible().get(0)).isSameAs(row);
        assertThat(row.runningTasksProperty().get()).isEqualTo(5);
        assertThat(row.activeServicesProperty().get()).isEqualTo(2);
    }

    @Test
    void anOlderResultArrivingLateIsDropped() {
        ManualBackgroundTasks background = new ManualBackgroundTasks();
        ClustersViewModel slow = new ClustersViewModel(gateway, background, Clock.systemUTC(), selection);
        ecs.createCluster(CreateClusterRequest.named("old"));
        slow.refresh();
        ecs.createCluster(CreateClusterRequest.named("new"));
        slow.refresh();

        background.finish(1);
        ecs.deleteCluster("new");
        background.finish(0);

        assertThat(slow.rows().visible()).extracting(ClusterRow::name).containsExactly("old", "new");
    }

    @Test
    void aFailedRefreshExplainsItselfAndKeepsTheRows() {
        ecs.createCluster(CreateClusterRequest.named("production"));
        viewModel.refresh();
        ecs.failNextCall(new GatewayException("ThrottlingException", "Rate exceeded", true));

        viewModel.refresh();

        assertThat(viewModel.errorProperty().get())
                .isEqualTo("AWS is limiting the request rate (Rate exceeded). Berth tries again on the next refresh.");
        assertThat(viewModel.rows().visible()).hasSize(1);

        viewModel.refresh();
        assertThat(viewModel.errorProperty().get()).isNull();
    }

    @Test
    void anInvalidNameIsReportedAtTheFieldAndNothingIsSent() {
        CreateClusterForm form = new CreateClusterForm();
        form.nameProperty().set("my cluster!");
        int callsBefore = ecs.calls();

        FieldErrors errors = viewModel.create(form, new RecordingOutcome());

        assertThat(errors.get(CreateClusterForm.NAME)).contains("letters, digits, hyphens");
        assertThat(ecs.calls()).isEqualTo(callsBefore);
    }

    @Test
    void ec2CapacityNeedsSensibleSizes() {
        CreateClusterForm form = new CreateClusterForm();
        form.nameProperty().set("batch");
        form.fargateProperty().set(false);
        form.ec2Property().set(true);
        form.minSizeProperty().set("3");
        form.maxSizeProperty().set("2");

        assertThat(form.validate().get(CreateClusterForm.MAX_SIZE)).isEqualTo("The maximum must be at least the minimum (3).");

        form.maxSizeProperty().set("four");
        assertThat(form.validate().get(CreateClusterForm.MAX_SIZE)).isEqualTo("Enter a whole number from 1 to 100.");

        form.ec2Property().set(false);
        assertThat(form.validate().get(CreateClusterForm.CAPACITY)).isEqualTo("Choose Fargate, EC2 instances, or both.");
    }

    @Test
    void creatingAClusterShowsAndSelectsIt() {
        CreateClusterForm form = new CreateClusterForm();
        form.nameProperty().set("batch");
        form.ec2Property().set(true);
        form.instanceTypeProperty().set("m5.large");
        RecordingOutcome outcome = new RecordingOutcome();

        assertThat(viewModel.create(form, outcome).isEmpty()).isTrue();

        assertThat(outcome.hasSucceeded()).isTrue();
        assertThat(viewModel.rows().visible()).extracting(ClusterRow::name).containsExactly("batch");
        assertThat(selection.selected()).isEqualTo("batch");
        assertThat(form.toRequest().ec2Capacity()).isEqualTo(new Ec2Capacity("m5.large", 0, 2, 0));
        assertThat(form.toRequest().capacityProviders()).containsExactly("FARGATE", "FARGATE_SPOT");
    }

    @Test
    void deletingAClusterWithServicesSaysWhatToDoFirst() {
        ecs.createCluster(CreateClusterRequest.named("production"));
        ecs.registerTaskDefinition(DemoData.webTaskDefinition("nginx"));
        ecs.createService(new CreateServiceRequest("production", "web", "web", 1, "FARGATE", null, null, null, null,
                null, null));
        RecordingOutcome outcome = new RecordingOutcome();

        viewModel.delete("production", outcome);

        assertThat(outcome.hasSucceeded()).isFalse();
        assertThat(outcome.failure()).isEqualTo(
                "Cluster 'production' still has active services. Delete them first, then delete the cluster.");
    }
}
