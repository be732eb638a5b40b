package dev.berth.ui.apprunner;

import dev.berth.app.SimulatorBackend;
import dev.berth.contract.LocalAws;
import dev.berth.core.model.CreateAppRunnerServiceRequest;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import dev.berth.sim.apprunner.AppRunnerCustomer;
import dev.berth.ui.common.DirectBackgroundTasks;
import dev.berth.ui.common.Outcome;
import dev.berth.ui.testing.SteppedClock;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AppRunnerViewModelTest {
    private final Simulator simulator = Simulator.create(WorldSettings.of("apprunner-vm", 3,
            Instant.parse("2026-03-01T09:00:00Z")), CommandJournal.none());
    private final AppRunnerViewModel viewModel = new AppRunnerViewModel(
            new SimulatorBackend(simulator, new SteppedClock(simulator)), new DirectBackgroundTasks(),
            Clock.systemUTC());
    private final List<String> failures = new ArrayList<>();
    private final Outcome outcome = new Outcome() {
        @Override
        public void succeeded() {
            // the tests read the rows instead
        }

        @Override
        public void failed(String message) {
            failures.add(message);
        }
    };

    @Test
    void anInvalidFormSendsNothing() {
        CreateAppRunnerServiceForm form = new CreateAppRunnerServiceForm();
        form.nameProperty().set("abc");
        form.repositoryTypeProperty().set("ECR");
        form.cpuProperty().set("0.5 vCPU");
        form.portProperty().set("0");

        assertThat(viewModel.create(form, outcome).asMap()).containsOnlyKeys(CreateAppRunnerServiceForm.NAME,
                CreateAppRunnerServiceForm.IMAGE, CreateAppRunnerServiceForm.ACCESS_ROLE,
                CreateAppRunnerServiceForm.MEMORY, CreateAppRunnerServiceForm.PORT);
        viewModel.refresh();
        assertThat(viewModel.rows().all()).isEmpty();
    }

    @Test
    void aCreatedServiceShowsItsSizeAndLaterItsInstances() {
        CreateAppRunnerServiceForm form = new CreateAppRunnerServiceForm();
        form.nameProperty().set("DemoHTTP");
        form.cpuProperty().set("0.25 vCPU");
        form.memoryProperty().set("0.5 GB");

        assertThat(viewModel.create(form, outcome).isEmpty()).isTrue();
        AppRunnerServiceRow row = viewModel.rows().all().get(0);
        assertThat(row.sizeProperty().get()).isEqualTo("0.25 vCPU / 0.5 GB");
        assertThat(row.instances()).isZero();

        simulator.advanceBy(Duration.ofMinutes(6));
        viewModel.refresh();
        assertThat(row.status()).isEqualTo("RUNNING");
        assertThat(row.instances()).isPositive();
        assertThat(row.concurrencyProperty().get()).isPositive();
    }

    @Test
    void anAccountAfterTheCutOffIsToldAppRunnerIsClosedAndWhatReplacesIt() {
        simulator.setAppRunnerCustomer(AppRunnerCustomer.NEW);
        CreateAppRunnerServiceForm form = new CreateAppRunnerServiceForm();
        form.nameProperty().set("DemoHTTP");

        viewModel.create(form, outcome);

        assertThat(failures).singleElement().asString().contains("no longer open to new customers")
                .contains("ECS Express Mode").doesNotContain("credentials");
    }

    @Test
    void pausingAServiceThatIsNotRunningShowsWhy() {
        CreateAppRunnerServiceForm form = new CreateAppRunnerServiceForm();
        form.nameProperty().set("DemoHTTP");
        viewModel.create(form, outcome);

        viewModel.pause(viewModel.rows().all().get(0).id());

        assertThat(viewModel.actionErrorProperty().get()).contains("only when it's RUNNING");
    }

    @Test
    void onRealAwsTheInstancesAreCloudWatchs() {
        simulator.appRunner().createService(CreateAppRunnerServiceRequest.fromPublicImage("DemoHTTP",
                "public.ecr.aws/nginx/nginx:latest", "80", null, null));
        simulator.advanceBy(Duration.ofMinutes(6));

        try (LocalAws aws = LocalAws.serveWorld(simulator, false)) {
            // The wall clock of this AWS connection is the simulator's: the latest minutes are the ones it measured.
            AppRunnerViewModel onAws = new AppRunnerViewModel(aws.gateway(), new DirectBackgroundTasks(),
                    Clock.fixed(simulator.now(), ZoneOffset.UTC));
            onAws.refresh();

            assertThat(onAws.errorProperty().get()).isNull();
            assertThat(onAws.metricsNoteProperty().get()).isNull();
            assertThat(onAws.rows().all()).singleElement().satisfies(row -> {
                assertThat(row.name()).isEqualTo("DemoHTTP");
                assertThat(row.status()).isEqualTo("RUNNING");
                assertThat(row.instances()).isPositive();
            });
            assertThat(aws.gateway().apiCalls().orElseThrow().snapshot().of("GetMetricData")).as("one a service")
                    .isEqualTo(1);
        }
    }
}
