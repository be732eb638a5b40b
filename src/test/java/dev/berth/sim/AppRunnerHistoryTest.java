package dev.berth.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.gateway.AppRunnerGateway;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.AppRunnerService;
import dev.berth.core.model.AppRunnerServiceMetrics;
import dev.berth.core.model.AuthenticationConfiguration;
import dev.berth.core.model.AutoScalingConfiguration;
import dev.berth.core.model.CreateAppRunnerServiceRequest;
import dev.berth.core.model.CreateAutoScalingConfigurationRequest;
import dev.berth.core.model.ImageRepository;
import dev.berth.core.model.OperationSummary;
import dev.berth.core.model.ServiceSummary;
import dev.berth.core.model.SourceConfiguration;
import dev.berth.core.model.UpdateAppRunnerServiceRequest;
import dev.berth.sim.apprunner.AppRunnerCustomer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** App Runner's history is a function of seed and commands, survives the journal, and leaves ECS's history alone. */
class AppRunnerHistoryTest {
    private final ObjectMapper json = new ObjectMapper();

    /** Everything App Runner can describe at one moment, with each service's metrics. */
    record AppRunnerSnapshot(List<AppRunnerService> services, List<List<OperationSummary>> operations,
                             List<AppRunnerServiceMetrics> metrics, List<AutoScalingConfiguration> configurations) {

        static AppRunnerSnapshot of(Simulator simulator, List<String> serviceArns) {
            AppRunnerGateway appRunner = simulator.appRunner();
            return new AppRunnerSnapshot(serviceArns.stream().map(appRunner::describeService).toList(),
                    serviceArns.stream().map(arn -> appRunner.listOperations(arn, null, null).items()).toList(),
                    serviceArns.stream().map(arn -> MetricReads.latest(simulator, appRunner.describeService(arn)))
                            .toList(),
                    appRunner.listAutoScalingConfigurations(null, false, null, null).items().stream()
                            .map(s -> appRunner.describeAutoScalingConfiguration(s.autoScalingConfigurationArn()))
                            .toList());
        }
    }

    @Test
    void theSameSeedAndCommandsGiveTheSameHistoryAndAnotherSeedAnother() {
        Simulator first = simulator(21, CommandJournal.none());
        Simulator second = simulator(21, CommandJournal.none());
        Simulator other = simulator(22, CommandJournal.none());

        List<String> arns = play(first);
        play(second);
        List<String> otherArns = play(other);

        AppRunnerSnapshot snapshot = AppRunnerSnapshot.of(first, arns);
        assertThat(snapshot.services()).extracting(AppRunnerService::status)
                .containsExactly("RUNNING", "PAUSED", "DELETED", "CREATE_FAILED");
        assertThat(AppRunnerSnapshot.of(second, arns)).isEqualTo(snapshot);
        assertThat(otherArns).doesNotContainAnyElementsOf(arns);
    }

    @Test
    void replayingTheJournalRebuildsTheSameAppRunner() throws Exception {
        JsonRecordingJournal journal = new JsonRecordingJournal();
        Simulator original = simulator(33, journal);
        List<String> arns = play(original);

        Simulator rebuilt = simulator(33, CommandJournal.none());
        for (String entry : journal.entries()) {
            rebuilt.replay(json.readValue(entry, JournalEntry.class));
        }
        rebuilt.advanceTo(original.now());

        assertThat(journal.entries()).anyMatch(e -> e.contains("SetAppRunnerCustomerCommand"))
                .anyMatch(e -> e.contains("PauseServiceCommand"));
        assertThat(AppRunnerSnapshot.of(rebuilt, arns)).isEqualTo(AppRunnerSnapshot.of(original, arns));
    }

    @Test
    void theDemoWorldsAppRunnerServiceLeavesItsEcsHistoryUnchanged() {
        Simulator ecsOnly = simulator(9, CommandJournal.none());
        Simulator both = simulator(9, CommandJournal.none());
        DemoWorld.populate(ecsOnly.ecs());
        DemoWorld.populate(both.ecs());
        DemoWorld.populateAppRunner(both.appRunner());

        ecsOnly.advanceBy(Duration.ofHours(1));
        both.advanceBy(Duration.ofHours(1));

        List<ServiceSummary> services = both.appRunner().listServices(null, null).items();
        assertThat(services).singleElement().satisfies(s -> {
            assertThat(s.serviceName()).isEqualTo(DemoWorld.APP_RUNNER_SERVICE);
            assertThat(s.status()).isEqualTo("RUNNING");
        });
        assertThat(both.appRunner().describeService(services.get(0).serviceArn()).instanceConfiguration().memory())
                .isEqualTo("2048");
        assertThat(WorldSnapshot.of(both, Scenario.NAMES)).isEqualTo(WorldSnapshot.of(ecsOnly, Scenario.NAMES));
    }

    /** A busy hour: configurations, services that run, pause, update, fail, get deleted, and a refused create. */
    private static List<String> play(Simulator simulator) {
        AppRunnerGateway appRunner = simulator.appRunner();
        DemoWorld.populate(simulator.ecs());
        DemoWorld.populateAppRunner(appRunner);
        AutoScalingConfiguration narrow = appRunner.createAutoScalingConfiguration(
                new CreateAutoScalingConfigurationRequest("narrow", 20, 1, 4));
        String demo = appRunner.listServices(null, null).items().get(0).serviceArn();
        String paused = create(appRunner, "paused-app");
        String deleted = create(appRunner, "deleted-app");
        String failed = appRunner.createService(new CreateAppRunnerServiceRequest("failed-app",
                new SourceConfiguration(new ImageRepository(
                        EcsFixture.ECR_IMAGE, null, "ECR"), null, new AuthenticationConfiguration(
                        "arn:aws:iam::123456789012:role/AppRunnerECRAccessRole")), null, null, null))
                .service().serviceArn();
        simulator.advanceBy(Duration.ofMinutes(6));
        appRunner.updateService(new UpdateAppRunnerServiceRequest(demo, null, null, null,
                narrow.autoScalingConfigurationArn()));
        appRunner.pauseService(paused);
        appRunner.deleteService(deleted);
        simulator.setAppRunnerCustomer(AppRunnerCustomer.NEW);
        try {
            create(appRunner, "refused-app");
        } catch (GatewayException refused) {
            // refused commands change nothing and are not journaled
        }
        simulator.advanceBy(Duration.ofMinutes(47));
        return List.of(demo, paused, deleted, failed);
    }

    private static String create(AppRunnerGateway appRunner, String name) {
        return appRunner.createService(CreateAppRunnerServiceRequest.fromPublicImage(name,
                DemoWorld.APP_RUNNER_IMAGE, "8080", "0.5 vCPU", "1 GB")).service().serviceArn();
    }

    private static Simulator simulator(long seed, CommandJournal journal) {
        return Simulator.create(WorldSettings.of("apprunner-history", seed, EcsFixture.START), journal);
    }
}
