package dev.berth.ui.services;

import dev.berth.core.model.ServiceEvent;
import dev.berth.core.model.UpdateServiceRequest;
import dev.berth.ui.common.ClusterSelection;
import dev.berth.ui.common.DirectBackgroundTasks;
import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.testing.DemoData;
import dev.berth.ui.testing.FakeEcs;
import dev.berth.ui.testing.FakeGateway;
import dev.berth.ui.testing.ManualBackgroundTasks;
import dev.berth.ui.testing.RecordingOutcome;
import javafx.beans.binding.Bindings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServicesViewModelTest {
    private final FakeGateway gateway = new FakeGateway();
    private final FakeEcs ecs = gateway.fakeEcs();
    private final ClusterSelection clusters = new ClusterSelection();
    private final ServicesViewModel viewModel = new ServicesViewModel(gateway, new DirectBackgroundTasks(),
            Clock.systemUTC(), clusters);

    @BeforeEach
    void account() {
        DemoData.fill(ecs);
        clusters.offer(List.of("production", "staging"));
    }

    @Test
    void showsTheServicesOfTheSelectedCluster() {
        viewModel.refresh();
        assertThat(viewModel.rows().visible()).extracting(ServiceRow::name).containsExactly("web");
        ServiceRow web = viewModel.rows().visible().get(0);
        assertThat(web.runningProperty().get()).isEqualTo(3);
        assertThat(web.taskDefinitionProperty().get()).isEqualTo("web:2");
        assertThat(web.deploymentProperty().get()).isEqualTo("COMPLETED");

        clusters.select("staging");

        assertThat(viewModel.rows().visible()).isEmpty();
    }

    @Test
    void aResultForThePreviousClusterIsDropped() {
        ManualBackgroundTasks background = new ManualBackgroundTasks();
        ServicesViewModel slow = new ServicesViewModel(gateway, background, Clock.systemUTC(), clusters);
        slow.refresh();
        clusters.select("staging");

        background.finish(0);

        assertThat(slow.rows().visible()).isEmpty();
        background.finish(0);
        assertThat(slow.rows().visible()).isEmpty();
    }

    @Test
    void theSelectedServiceShowsItsDeploymentsAndEvents() {
        viewModel.deploymentsOnScreen().shownProperty().set(true);
        viewModel.refresh();
        viewModel.selectedProperty().set(viewModel.rows().visible().get(0).item());

        assertThat(viewModel.deployments().rows().visible()).hasSize(1);
        assertThat(viewModel.deployments().rows().visible().get(0).rolloutStateProperty().get()).isEqualTo("COMPLETED");
        assertThat(viewModel.events().visible()).extracting(EventRow::message)
                .contains("(service web) has reached a steady state.");

        viewModel.events().filterProperty().set("steady");
        assertThat(viewModel.events().visible()).hasSize(1);
    }

    @Test
    void eventsOfTheSelectedServiceFollowRefreshes() {
        viewModel.refresh();
        viewModel.selectedProperty().bind(Bindings.valueAt(viewModel.rows().all(), 0)
                .flatMap(ServiceRow::itemProperty));
        ecs.addEvent("production", "web", new ServiceEvent("e3", Instant.parse("2026-01-01T00:09:00Z"),
                "(service web) has started 1 tasks: (task b1)."));

        viewModel.refresh();

        assertThat(viewModel.events().visible()).extracting(EventRow::message)
                .contains("(service web) has started 1 tasks: (task b1).");
    }

    @Test
    void aFargateServiceNeedsSubnetsAndAValidCount() {
        CreateServiceForm form = new CreateServiceForm("production");
        form.serviceNameProperty().set("api");
        form.taskDefinitionProperty().set("web:2");
        form.desiredCountProperty().set("-1");
        int callsBefore = ecs.calls();

        FieldErrors errors = viewModel.create(form, new RecordingOutcome());

        assertThat(errors.get(CreateServiceForm.DESIRED_COUNT)).isEqualTo("Enter a whole number from 0 to 1000.");
        assertThat(errors.get(CreateServiceForm.SUBNETS)).startsWith("Fargate tasks use awsvpc networking");
        assertThat(ecs.calls()).isEqualTo(callsBefore);
    }

    @Test
    void deploymentBoundsAreChecked() {
        CreateServiceForm form = validForm("api");
        form.deployment().minimumHealthyPercentProperty().set("150");
        form.deployment().maximumPercentProperty().set("50");

        FieldErrors errors = form.validate();

        assertThat(errors.get(DeploymentSettings.MINIMUM_HEALTHY_PERCENT)).isEqualTo("Enter a whole number from 0 to 100.");
        assertThat(errors.get(DeploymentSettings.MAXIMUM_PERCENT)).isEqualTo("Enter a whole number from 100 to 400.");
    }

    @Test
    void creatingAServiceWithATakenNameSaysSo() {
        RecordingOutcome outcome = new RecordingOutcome();

        viewModel.create(validForm("web"), outcome);

        assertThat(outcome.failure()).isEqualTo("A service named 'web' already exists in cluster 'production'. "
                + "Pick another name.");
    }

    @Test
    void creatingAServiceFromAMissingTaskDefinitionSaysWhichOne() {
        CreateServiceForm form = validForm("api");
        form.taskDefinitionProperty().set("worker:7");
        RecordingOutcome outcome = new RecordingOutcome();

        viewModel.create(form, outcome);

        assertThat(outcome.failure()).isEqualTo("Task definition 'worker:7' does not exist or has no active "
                + "revision. Refresh the list or register it first.");
    }

    @Test
    void creatingAServiceShowsIt() {
        RecordingOutcome outcome = new RecordingOutcome();
        CreateServiceForm form = validForm("api");
        form.deployment().circuitBreakerProperty().set(true);
        form.deployment().rollbackProperty().set(true);

        viewModel.create(form, outcome);

        assertThat(outcome.hasSucceeded()).isTrue();
        assertThat(viewModel.rows().visible()).extracting(ServiceRow::name).containsExactlyInAnyOrder("web", "api");
        assertThat(ecs.service("production", "api").deploymentConfiguration().deploymentCircuitBreaker().rollback())
                .isTrue();
        assertThat(ecs.service("production", "api").networkConfiguration().awsvpcConfiguration().subnets())
                .containsExactly("subnet-0a1b2c3d", "subnet-4e5f6a7b");
    }

    @Test
    void anUpdateOfTheCountAloneSendsNoTaskDefinition() {
        viewModel.refresh();
        UpdateServiceForm form = new UpdateServiceForm(viewModel.rows().visible().get(0).item());
        form.desiredCountProperty().set("5");

        UpdateServiceRequest request = form.toRequest();

        assertThat(request.taskDefinition()).isNull();
        assertThat(request.desiredCount()).isEqualTo(5);

        form.taskDefinitionProperty().set("web:1");
        assertThat(form.toRequest().taskDefinition()).isEqualTo("web:1");
    }

    @Test
    void updatingAndDeletingAreSeenOnTheNextRead() {
        viewModel.refresh();
        UpdateServiceForm form = new UpdateServiceForm(viewModel.rows().visible().get(0).item());
        form.desiredCountProperty().set("5");
        RecordingOutcome updated = new RecordingOutcome();
        viewModel.update(form, updated);
        assertThat(updated.hasSucceeded()).isTrue();
        assertThat(viewModel.rows().visible().get(0).desiredProperty().get()).isEqualTo(5);

        RecordingOutcome deleted = new RecordingOutcome();
        viewModel.delete("web", deleted);
        assertThat(deleted.hasSucceeded()).isTrue();
        assertThat(viewModel.rows().visible()).isEmpty();
    }

    @Test
    void revisionChoicesAreTheFamilysActiveRevisionsNewestFirst() {
        ecs.registerTaskDefinition(DemoData.fargateTaskDefinition("web-api", "nginx:1.29"));
        viewModel.refresh();

        viewModel.loadRevisionChoices(viewModel.rows().visible().get(0).item());

        assertThat(viewModel.taskDefinitionChoices()).containsExactly("web:2", "web:1");
    }

    private static CreateServiceForm validForm(String name) {
        CreateServiceForm form = new CreateServiceForm("production");
        form.serviceNameProperty().set(name);
        form.taskDefinitionProperty().set("web");
        form.desiredCountProperty().set("2");
        form.subnetsProperty().set("subnet-0a1b2c3d, subnet-4e5f6a7b");
        return form;
    }
}
