package dev.berth.sim.apprunner;

import dev.berth.core.model.AppRunnerService;
import dev.berth.core.model.AppRunnerServiceResponse;
import dev.berth.core.model.AuthenticationConfiguration;
import dev.berth.core.model.CreateAppRunnerServiceRequest;
import dev.berth.core.model.ImageConfiguration;
import dev.berth.core.model.ImageRepository;
import dev.berth.core.model.InstanceConfiguration;
import dev.berth.core.model.OperationSummary;
import dev.berth.core.model.Page;
import dev.berth.core.model.ServiceSummary;
import dev.berth.sim.MetricReads;
import dev.berth.core.model.SourceConfiguration;
import dev.berth.core.model.UpdateAppRunnerServiceRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static dev.berth.sim.apprunner.AppRunnerFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class AppRunnerServiceRulesTest {
    private static final String PRIVATE_IMAGE = "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1";
    private static final String ACCESS_ROLE = "arn:aws:iam::123456789012:role/service-role/AppRunnerECRAccessRole";
    private final AppRunnerFixture world = new AppRunnerFixture(5);

    @Test
    void aNewServiceIsInProgressForAboutFourMinutesThenRuns() {
        AppRunnerServiceResponse created = world.appRunner.createService(CreateAppRunnerServiceRequest
                .fromPublicImage("DemoHTTP", AppRunnerFixture.IMAGE, "80", "1 vCPU", "2 GB"));
        AppRunnerService service = created.service();

        assertThat(service.status()).isEqualTo("OPERATION_IN_PROGRESS");
        assertThat(service.serviceArn()).isEqualTo("arn:aws:apprunner:us-east-1:123456789012:service/DemoHTTP/"
                + service.serviceId()).matches(".*/[0-9a-f]{32}");
        assertThat(service.serviceUrl()).matches("[a-z0-9]{10}\\.us-east-1\\.awsapprunner\\.com");
        assertThat(service.instanceConfiguration()).isEqualTo(new InstanceConfiguration("1024", "2048", null));
        assertThat(service.sourceConfiguration().imageRepository().imageConfiguration().port()).isEqualTo("80");
        assertThat(service.sourceConfiguration().autoDeploymentsEnabled()).isFalse();
        assertThat(service.autoScalingConfigurationSummary().autoScalingConfigurationArn()).isEqualTo(
                "arn:aws:apprunner:us-east-1:123456789012:autoscalingconfiguration/DefaultConfiguration/1/"
                        + "00000000000000000000000000000001");

        world.advance(Duration.ofSeconds(199));
        assertThat(world.status(service)).isEqualTo("OPERATION_IN_PROGRESS");
        world.advance(Duration.ofSeconds(102));
        assertThat(world.status(service)).isEqualTo("RUNNING");
        OperationSummary operation = world.appRunner.listOperations(service.serviceArn(), null, null).items().get(0);
        assertThat(operation.id()).isEqualTo(created.operationId());
        assertThat(operation.type()).isEqualTo("CREATE_SERVICE");
        assertThat(operation.status()).isEqualTo("SUCCEEDED");
        assertThat(Duration.between(operation.startedAt(), operation.endedAt()))
                .isBetween(Duration.ofSeconds(200), Duration.ofSeconds(300));
        assertThat(MetricReads.latest(world.simulator, service).activeInstances()).isBetween(1, 25);
    }

    @ParameterizedTest
    @CsvSource({"0.25 vCPU,0.5 GB", "256,1024", "0.5 vCPU,1 GB", "1 vCPU,3 GB", "1024,4096", "2 vCPU,6 GB",
            "4 vCPU,12 GB", "4096,8192"})
    void everySizeAwsOffersIsAccepted(String cpu, String memory) {
        AppRunnerService service = world.appRunner.createService(CreateAppRunnerServiceRequest.fromPublicImage(
                "sized", AppRunnerFixture.IMAGE, "80", cpu, memory)).service();

        assertThat(Integer.parseInt(service.instanceConfiguration().cpu())).isIn(256, 512, 1024, 2048, 4096);
        assertThat(service.instanceConfiguration().memory()).matches("\\d+");
    }

    @ParameterizedTest
    @CsvSource({"3 vCPU,6 GB", "1 vCPU,8 GB", "0.25 vCPU,2 GB", "2 vCPU,2 GB", "4096,4096", "1024,2 gb", "1.5 vCPU,3 GB"})
    void sizesAwsDoesNotOfferAreInvalid(String cpu, String memory) {
        assertRefused(() -> world.appRunner.createService(CreateAppRunnerServiceRequest.fromPublicImage("sized",
                AppRunnerFixture.IMAGE, "80", cpu, memory)), "InvalidRequestException");
        assertThat(world.appRunner.listServices(null, null).items()).isEmpty();
    }

    @Test
    void namesAndImagesFollowTheModel() {
        assertRefused(() -> world.create("abc"), "InvalidRequestException");
        assertRefused(() -> world.create("-starts-with-dash"), "InvalidRequestException");
        assertRefused(() -> world.appRunner.createService(CreateAppRunnerServiceRequest.fromPublicImage("web-app",
                "nginx:latest", "80", null, null)), "InvalidRequestException");
        world.create("DemoHTTP");
        assertRefused(() -> world.create("DemoHTTP"), "InvalidRequestException");
    }

    @Test
    void aPrivateEcrImageNeedsAnAccessRoleAndFailsToCreateWhenItCannotBePulled() {
        SourceConfiguration withoutRole = new SourceConfiguration(new ImageRepository(PRIVATE_IMAGE,
                ImageConfiguration.port("8080"), ImageRepository.ECR), null, null);
        assertRefused(() -> world.appRunner.createService(new CreateAppRunnerServiceRequest("private-web",
                withoutRole, null, null, null)), "InvalidRequestException");

        SourceConfiguration withRole = new SourceConfiguration(withoutRole.imageRepository(), null,
                new AuthenticationConfiguration(ACCESS_ROLE));
        AppRunnerService service = world.appRunner.createService(new CreateAppRunnerServiceRequest("private-web",
                withRole, null, null, null)).service();
        assertThat(service.sourceConfiguration().autoDeploymentsEnabled()).isTrue();
        world.advance(AppRunnerFixture.OPERATION);

        assertThat(world.status(service)).as("no ECR repository holds the image").isEqualTo("CREATE_FAILED");
        assertThat(world.appRunner.listOperations(service.serviceArn(), null, null).items().get(0).status())
                .isEqualTo("FAILED");
        assertThat(MetricReads.latest(world.simulator, service).activeInstances()).isZero();

        world.appRunner.updateService(new UpdateAppRunnerServiceRequest(service.serviceArn(), new SourceConfiguration(
                new ImageRepository(AppRunnerFixture.IMAGE, null, ImageRepository.ECR_PUBLIC), false, null),
                null, null, null));
        world.advance(AppRunnerFixture.OPERATION);
        assertThat(world.status(service)).as("rebuilt from a public image").isEqualTo("RUNNING");
    }

    @Test
    void anUpdateThatCannotPullItsImageRollsBack() {
        AppRunnerService service = world.running("web-app");
        world.appRunner.updateService(new UpdateAppRunnerServiceRequest(service.serviceArn(), new SourceConfiguration(
                new ImageRepository(PRIVATE_IMAGE, null, ImageRepository.ECR), false,
                new AuthenticationConfiguration(ACCESS_ROLE)), InstanceConfiguration.of("2 vCPU", "4 GB"), null, null));
        assertThat(world.status(service)).isEqualTo("OPERATION_IN_PROGRESS");
        assertRefused(() -> world.appRunner.pauseService(service.serviceArn()), "InvalidStateException");

        world.advance(AppRunnerFixture.OPERATION);

        AppRunnerService after = world.appRunner.describeService(service.serviceArn());
        assertThat(after.status()).isEqualTo("RUNNING");
        assertThat(after.sourceConfiguration().imageRepository().imageIdentifier()).isEqualTo(AppRunnerFixture.IMAGE);
        assertThat(after.instanceConfiguration().cpu()).isEqualTo("1024");
        assertThat(world.appRunner.listOperations(service.serviceArn(), null, null).items())
                .extracting(OperationSummary::type, OperationSummary::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("UPDATE_SERVICE", "ROLLBACK_SUCCEEDED"),
                        org.assertj.core.groups.Tuple.tuple("CREATE_SERVICE", "SUCCEEDED"));
    }

    @Test
    void pauseAndResumeGoThroughAnOperationEachAndListNewestFirst() {
        AppRunnerService service = world.running("web-app");
        assertRefused(() -> world.appRunner.resumeService(service.serviceArn()), "InvalidStateException");

        AppRunnerServiceResponse pause = world.appRunner.pauseService(service.serviceArn());
        assertThat(pause.service().status()).isEqualTo("OPERATION_IN_PROGRESS");
        world.advance(AppRunnerFixture.OPERATION);
        assertThat(world.status(service)).isEqualTo("PAUSED");
        assertThat(MetricReads.latest(world.simulator, service).activeInstances()).isZero();
        assertRefused(() -> world.appRunner.pauseService(service.serviceArn()), "InvalidStateException");
        assertRefused(() -> world.appRunner.updateService(new UpdateAppRunnerServiceRequest(service.serviceArn(),
                null, InstanceConfiguration.of("2 vCPU", "4 GB"), null, null)), "InvalidStateException");

        world.appRunner.resumeService(service.serviceArn());
        world.advance(AppRunnerFixture.OPERATION);

        assertThat(world.status(service)).isEqualTo("RUNNING");
        assertThat(MetricReads.latest(world.simulator, service).activeInstances()).isPositive();
        assertThat(world.appRunner.listOperations(service.serviceArn(), null, null).items())
                .extracting(OperationSummary::type)
                .containsExactly("RESUME_SERVICE", "PAUSE_SERVICE", "CREATE_SERVICE");
        Page<OperationSummary> first = world.appRunner.listOperations(service.serviceArn(), null, 2);
        assertThat(first.items()).hasSize(2);
        assertThat(world.appRunner.listOperations(service.serviceArn(), first.nextToken(), 2).items())
                .extracting(OperationSummary::type).containsExactly("CREATE_SERVICE");
    }

    @Test
    void aDeletedServiceIsStillDescribableButNoLongerListed() {
        AppRunnerService service = world.running("web-app");
        world.appRunner.deleteService(service.serviceArn());
        assertRefused(() -> world.appRunner.deleteService(service.serviceArn()), "InvalidStateException");

        world.advance(Duration.ofMinutes(2));

        AppRunnerService deleted = world.appRunner.describeService(service.serviceArn());
        assertThat(deleted.status()).isEqualTo("DELETED");
        assertThat(deleted.deletedAt()).isNotNull();
        assertThat(world.appRunner.listServices(null, null).items()).isEmpty();
        assertRefused(() -> world.appRunner.deleteService(service.serviceArn()), "InvalidStateException");
        world.create("web-app");
        assertThat(world.appRunner.listServices(null, null).items()).extracting(ServiceSummary::serviceName)
                .containsExactly("web-app");
    }

    @Test
    void unknownServicesAreNotFound() {
        String arn = "arn:aws:apprunner:us-east-1:123456789012:service/ghost/0123456789abcdef0123456789abcdef";
        assertRefused(() -> world.appRunner.describeService(arn), "ResourceNotFoundException");
        assertRefused(() -> world.appRunner.pauseService(arn), "ResourceNotFoundException");
        assertRefused(() -> world.appRunner.listOperations(arn, null, null), "ResourceNotFoundException");
    }

    @Test
    void listServicesPagesUpToTwenty() {
        world.create("web-1");
        world.create("web-2");
        world.create("web-3");

        Page<ServiceSummary> first = world.appRunner.listServices(null, 2);
        assertThat(first.items()).extracting(ServiceSummary::serviceName).containsExactly("web-1", "web-2");
        assertThat(world.appRunner.listServices(first.nextToken(), 2).items()).extracting(ServiceSummary::serviceName)
                .containsExactly("web-3");
        assertThat(world.appRunner.listServices(null, null).items()).hasSize(3);
        assertRefused(() -> world.appRunner.listServices(null, 21), "InvalidRequestException");
        assertRefused(() -> world.appRunner.listServices("not-a-token", 5), "InvalidRequestException");
    }

    @Test
    void anAccountThatCameAfterTheCutOffCannotCreateServices() {
        AppRunnerService existing = world.running("web-app");
        world.simulator.setAppRunnerCustomer(AppRunnerCustomer.NEW);

        assertRefused(() -> world.create("another"), "AccessDeniedException");
        world.appRunner.pauseService(existing.serviceArn());

        world.simulator.setAppRunnerCustomer(AppRunnerCustomer.EXISTING);
        world.create("another");
    }
}
