package dev.berth.contract;

import dev.berth.core.gateway.AppRunnerGateway;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.AppRunnerService;
import dev.berth.core.model.AppRunnerServiceResponse;
import dev.berth.core.model.AutoScalingConfiguration;
import dev.berth.core.model.AutoScalingConfigurationSummary;
import dev.berth.core.model.CreateAppRunnerServiceRequest;
import dev.berth.core.model.CreateAutoScalingConfigurationRequest;
import dev.berth.core.model.HealthCheckConfiguration;
import dev.berth.core.model.ImageConfiguration;
import dev.berth.core.model.ImageRepository;
import dev.berth.core.model.InstanceConfiguration;
import dev.berth.core.model.OperationSummary;
import dev.berth.core.model.Page;
import dev.berth.core.model.ServiceSummary;
import dev.berth.core.model.SourceConfiguration;
import dev.berth.core.model.UpdateAppRunnerServiceRequest;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.EcsFixture;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * What every App Runner backend must do, with AWS's error codes and messages: run by {@link SimAppRunnerGatewayTest}
 * against the simulator's own gateway and by {@link AwsAppRunnerGatewayTest} against the AWS SDK gateway talking to
 * the simulator's endpoint (awsJson1_0). Time moves on the simulator behind either.
 */
abstract class AppRunnerGatewayContract {
    private static final String IMAGE = "public.ecr.aws/nginx/nginx:latest";
    private static final String GHOST = "arn:aws:apprunner:us-east-1:123456789012:service/ghost/"
            + "0123456789abcdef0123456789abcdef";
    /** Longer than any create, update, pause or resume takes. */
    private static final Duration OPERATION = Duration.ofMinutes(6);

    private Simulator simulator;
    private AppRunnerGateway appRunner;

    /** The gateway under test over {@code simulator}. */
    protected abstract AppRunnerGateway backend(Simulator simulator);

    private void world() {
        simulator = Simulator.create(WorldSettings.of("apprunner", 5, EcsFixture.START), CommandJournal.none());
        appRunner = backend(simulator);
    }

    private AppRunnerServiceResponse create(String name) {
        return appRunner.createService(CreateAppRunnerServiceRequest.fromPublicImage(name, IMAGE, "80", "1 vCPU",
                "2 GB"));
    }

    private AppRunnerService running(String name) {
        AppRunnerService service = create(name).service();
        simulator.advanceBy(OPERATION);
        return appRunner.describeService(service.serviceArn());
    }

    @Test
    void aServiceIsCreatedInProgressThenRunsAndIsListedAsDescribed() {
        world();
        AppRunnerServiceResponse created = appRunner.createService(new CreateAppRunnerServiceRequest("DemoHTTP",
                CreateAppRunnerServiceRequest.fromPublicImage("DemoHTTP", IMAGE, "80", null, null)
                        .sourceConfiguration(), InstanceConfiguration.of("1 vCPU", "2 GB"),
                new HealthCheckConfiguration("HTTP", "/health", 10, 5, 2, 3), null));
        AppRunnerService service = created.service();

        assertThat(service.status()).isEqualTo("OPERATION_IN_PROGRESS");
        assertThat(service.serviceArn()).matches("arn:aws:apprunner:us-east-1:123456789012:service/DemoHTTP/[0-9a-f]{32}");
        assertThat(service.serviceUrl()).matches("[a-z0-9]{10}\\.us-east-1\\.awsapprunner\\.com");
        assertThat(service.instanceConfiguration()).isEqualTo(new InstanceConfiguration("1024", "2048", null));
        assertThat(service.healthCheckConfiguration()).isEqualTo(new HealthCheckConfiguration("HTTP", "/health", 10,
                5, 2, 3));
        assertThat(service.sourceConfiguration().imageRepository().imageIdentifier()).isEqualTo(IMAGE);
        assertThat(service.sourceConfiguration().imageRepository().imageRepositoryType()).isEqualTo("ECR_PUBLIC");
        assertThat(service.sourceConfiguration().imageRepository().imageConfiguration().port()).isEqualTo("80");
        assertThat(service.sourceConfiguration().autoDeploymentsEnabled()).isFalse();
        assertThat(service.autoScalingConfigurationSummary().autoScalingConfigurationName())
                .isEqualTo("DefaultConfiguration");
        assertThat(service.deletedAt()).isNull();

        simulator.advanceBy(OPERATION);

        AppRunnerService described = appRunner.describeService(service.serviceArn());
        assertThat(described.status()).isEqualTo("RUNNING");
        assertThat(described.createdAt()).isEqualTo(service.createdAt());
        assertThat(appRunner.listServices(null, null).items()).containsExactly(described.summary());
        assertThat(appRunner.listOperations(service.serviceArn(), null, null).items()).singleElement()
                .satisfies(operation -> {
                    assertThat(operation.id()).isEqualTo(created.operationId());
                    assertThat(operation.type()).isEqualTo("CREATE_SERVICE");
                    assertThat(operation.status()).isEqualTo("SUCCEEDED");
                    assertThat(operation.targetArn()).isEqualTo(service.serviceArn());
                    assertThat(operation.endedAt()).isAfter(operation.startedAt());
                });
    }

    @Test
    void environmentVariablesAndTheStartCommandArriveAsGiven() {
        world();
        ImageConfiguration configuration = new ImageConfiguration(Map.of("STAGE", "test"), "nginx -g daemon",
                "8080");
        AppRunnerService service = appRunner.createService(new CreateAppRunnerServiceRequest("env-app",
                new SourceConfiguration(new ImageRepository(IMAGE, configuration, ImageRepository.ECR_PUBLIC), false,
                        null), null, null, null)).service();

        ImageConfiguration described = appRunner.describeService(service.serviceArn()).sourceConfiguration()
                .imageRepository().imageConfiguration();
        assertThat(described).isEqualTo(configuration);
    }

    @Test
    void pauseResumeAndUpdateEachRunAnOperationListedNewestFirstInPages() {
        world();
        AppRunnerService service = running("web-app");
        assertRefused(() -> appRunner.resumeService(service.serviceArn()), "InvalidStateException",
                simulatorRefusal(() -> simulator.appRunner().resumeService(service.serviceArn())));

        assertThat(appRunner.pauseService(service.serviceArn()).service().status()).isEqualTo("OPERATION_IN_PROGRESS");
        simulator.advanceBy(OPERATION);
        assertThat(appRunner.describeService(service.serviceArn()).status()).isEqualTo("PAUSED");
        appRunner.resumeService(service.serviceArn());
        simulator.advanceBy(OPERATION);
        AppRunnerServiceResponse update = appRunner.updateService(new UpdateAppRunnerServiceRequest(
                service.serviceArn(), null, InstanceConfiguration.of("2 vCPU", "4 GB"), null, null));
        assertThat(update.operationId()).isNotBlank();
        simulator.advanceBy(OPERATION);

        AppRunnerService updated = appRunner.describeService(service.serviceArn());
        assertThat(updated.status()).isEqualTo("RUNNING");
        assertThat(updated.instanceConfiguration()).isEqualTo(new InstanceConfiguration("2048", "4096", null));
        Page<OperationSummary> first = appRunner.listOperations(service.serviceArn(), null, 2);
        Page<OperationSummary> rest = appRunner.listOperations(service.serviceArn(), first.nextToken(), 2);
        assertThat(first.items()).extracting(OperationSummary::type, OperationSummary::status).containsExactly(
                tuple("UPDATE_SERVICE", "SUCCEEDED"), tuple("RESUME_SERVICE", "SUCCEEDED"));
        assertThat(rest.items()).extracting(OperationSummary::type)
                .containsExactly("PAUSE_SERVICE", "CREATE_SERVICE");
        assertThat(rest.nextToken()).isNull();
    }

    @Test
    void aDeletedServiceIsDescribedAsDeletedAndNoLongerListed() {
        world();
        AppRunnerService service = running("web-app");

        AppRunnerServiceResponse deleting = appRunner.deleteService(service.serviceArn());

        assertThat(deleting.service().status()).isEqualTo("OPERATION_IN_PROGRESS");
        String again = simulatorRefusal(() -> simulator.appRunner().deleteService(service.serviceArn()));
        assertRefused(() -> appRunner.deleteService(service.serviceArn()), "InvalidStateException", again);
        simulator.advanceBy(Duration.ofMinutes(2));
        AppRunnerService deleted = appRunner.describeService(service.serviceArn());
        assertThat(deleted.status()).isEqualTo("DELETED");
        assertThat(deleted.deletedAt()).isNotNull();
        assertThat(appRunner.listServices(null, null).items()).isEmpty();
    }

    @Test
    void unknownServicesAreNotFound() {
        world();
        String message = "Service with the provided ARN doesn't exist: " + GHOST;
        assertRefused(() -> appRunner.describeService(GHOST), "ResourceNotFoundException", message);
        assertRefused(() -> appRunner.pauseService(GHOST), "ResourceNotFoundException", message);
        assertRefused(() -> appRunner.resumeService(GHOST), "ResourceNotFoundException", message);
        assertRefused(() -> appRunner.deleteService(GHOST), "ResourceNotFoundException", message);
        assertRefused(() -> appRunner.listOperations(GHOST, null, null), "ResourceNotFoundException", message);
    }

    @Test
    void invalidRequestsAreRefusedWithAwsWording() {
        world();
        create("web-1");
        create("web-2");
        create("web-3");

        Page<ServiceSummary> first = appRunner.listServices(null, 2);
        assertThat(first.items()).extracting(ServiceSummary::serviceName).containsExactly("web-1", "web-2");
        assertThat(appRunner.listServices(first.nextToken(), 2).items()).extracting(ServiceSummary::serviceName)
                .containsExactly("web-3");
        assertRefused(() -> appRunner.listServices(null, 21), "InvalidRequestException",
                simulatorRefusal(() -> simulator.appRunner().listServices(null, 21)));
        assertRefused(() -> appRunner.listServices("not-a-token", 5), "InvalidRequestException",
                simulatorRefusal(() -> simulator.appRunner().listServices("not-a-token", 5)));
        assertRefused(() -> create("web-1"), "InvalidRequestException",
                simulatorRefusal(() -> simulator.appRunner().createService(CreateAppRunnerServiceRequest
                        .fromPublicImage("web-1", IMAGE, "80", null, null))));
        assertRefused(() -> appRunner.createService(CreateAppRunnerServiceRequest.fromPublicImage("sized", IMAGE,
                "80", "3 vCPU", "6 GB")), "InvalidRequestException", simulatorRefusal(() -> simulator.appRunner()
                .createService(CreateAppRunnerServiceRequest.fromPublicImage("sized", IMAGE, "80", "3 vCPU",
                        "6 GB"))));
        assertThat(appRunner.listServices(null, null).items()).hasSize(3);
    }

    @Test
    void autoScalingConfigurationsHaveRevisionsAndTheLatestIsListed() {
        world();
        AutoScalingConfigurationSummary defaults = appRunner.listAutoScalingConfigurations(null, false, null, null)
                .items().get(0);
        assertThat(defaults.isDefault()).isTrue();

        AutoScalingConfiguration first = appRunner.createAutoScalingConfiguration(
                new CreateAutoScalingConfigurationRequest("burst", 50, 2, 10));
        AutoScalingConfiguration second = appRunner.createAutoScalingConfiguration(
                new CreateAutoScalingConfigurationRequest("burst", null, null, null));

        assertThat(first).extracting(AutoScalingConfiguration::autoScalingConfigurationRevision,
                AutoScalingConfiguration::maxConcurrency, AutoScalingConfiguration::minSize,
                AutoScalingConfiguration::maxSize, AutoScalingConfiguration::status).containsExactly(1, 50, 2, 10,
                "ACTIVE");
        assertThat(second.autoScalingConfigurationArn()).matches(
                "arn:aws:apprunner:us-east-1:123456789012:autoscalingconfiguration/burst/2/[0-9a-f]{32}");
        assertThat(second).extracting(AutoScalingConfiguration::maxConcurrency, AutoScalingConfiguration::minSize,
                AutoScalingConfiguration::maxSize, AutoScalingConfiguration::latest).containsExactly(100, 1, 25, true);
        assertThat(appRunner.describeAutoScalingConfiguration(first.autoScalingConfigurationArn()))
                .isEqualTo(new AutoScalingConfiguration(first.autoScalingConfigurationArn(), "burst", 1, false,
                        "ACTIVE", 50, 2, 10, first.createdAt(), null, false, false));
        assertThat(appRunner.listAutoScalingConfigurations("burst", true, null, null).items())
                .containsExactly(second.summary());
        assertThat(appRunner.listAutoScalingConfigurations(null, false, null, null).items())
                .extracting(AutoScalingConfigurationSummary::autoScalingConfigurationName)
                .containsExactlyInAnyOrder("DefaultConfiguration", "burst", "burst");

        AutoScalingConfiguration deleted = appRunner.deleteAutoScalingConfiguration(
                second.autoScalingConfigurationArn(), false);
        assertThat(deleted.status()).isEqualTo("INACTIVE");
        assertThat(deleted.deletedAt()).isNotNull();
        assertThat(appRunner.describeAutoScalingConfiguration(first.autoScalingConfigurationArn()).latest()).isTrue();
        appRunner.deleteAutoScalingConfiguration(first.autoScalingConfigurationArn(), true);
        assertThat(appRunner.listAutoScalingConfigurations("burst", false, null, null).items()).isEmpty();
    }

    @Test
    void autoScalingConfigurationErrorsAreAwss() {
        world();
        AutoScalingConfiguration used = appRunner.createAutoScalingConfiguration(
                new CreateAutoScalingConfigurationRequest("small", 10, 1, 3));
        appRunner.createService(new CreateAppRunnerServiceRequest("web-app", CreateAppRunnerServiceRequest
                .fromPublicImage("web-app", IMAGE, "80", null, null).sourceConfiguration(), null, null,
                used.autoScalingConfigurationArn()));
        String missing = "arn:aws:apprunner:us-east-1:123456789012:autoscalingconfiguration/none/1/"
                + "0123456789abcdef0123456789abcdef";

        assertRefused(() -> appRunner.describeAutoScalingConfiguration(missing), "ResourceNotFoundException",
                "Auto scaling configuration with the provided ARN doesn't exist: " + missing);
        assertRefused(() -> appRunner.deleteAutoScalingConfiguration(used.autoScalingConfigurationArn(), true),
                "InvalidRequestException", simulatorRefusal(() -> simulator.appRunner()
                        .deleteAutoScalingConfiguration(used.autoScalingConfigurationArn(), true)));
        assertRefused(() -> appRunner.createAutoScalingConfiguration(new CreateAutoScalingConfigurationRequest(
                "upside-down", null, 5, 2)), "InvalidRequestException", simulatorRefusal(() -> simulator.appRunner()
                .createAutoScalingConfiguration(new CreateAutoScalingConfigurationRequest("upside-down", null, 5,
                        2))));
        for (int revision = 1; revision <= 5; revision++) {
            appRunner.createAutoScalingConfiguration(new CreateAutoScalingConfigurationRequest("many", null, null,
                    null));
        }
        assertRefused(() -> appRunner.createAutoScalingConfiguration(new CreateAutoScalingConfigurationRequest(
                "many", null, null, null)), "ServiceQuotaExceededException", simulatorRefusal(() -> simulator
                .appRunner().createAutoScalingConfiguration(new CreateAutoScalingConfigurationRequest("many", null,
                        null, null))));
    }

    /** The message the simulator itself gives for a refused call, to hold the backend under test to it. */
    private static String simulatorRefusal(Runnable call) {
        try {
            call.run();
        } catch (GatewayException e) {
            return e.getMessage();
        }
        throw new AssertionError("the simulator accepted the call");
    }
}
