package dev.berth.sim.wire;

import dev.berth.app.SimulatorBackend;
import dev.berth.ui.testing.SteppedClock;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apprunner.AppRunnerClient;
import software.amazon.awssdk.services.apprunner.model.AutoScalingConfiguration;
import software.amazon.awssdk.services.apprunner.model.CreateServiceResponse;
import software.amazon.awssdk.services.apprunner.model.ImageRepositoryType;
import software.amazon.awssdk.services.apprunner.model.InvalidRequestException;
import software.amazon.awssdk.services.apprunner.model.InvalidStateException;
import software.amazon.awssdk.services.apprunner.model.ListServicesResponse;
import software.amazon.awssdk.services.apprunner.model.OperationSummary;
import software.amazon.awssdk.services.apprunner.model.OperationType;
import software.amazon.awssdk.services.apprunner.model.ResourceNotFoundException;
import software.amazon.awssdk.services.apprunner.model.Service;
import software.amazon.awssdk.services.apprunner.model.ServiceStatus;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The AWS SDK for Java v2's App Runner client talks awsJson1_0 to the simulator's endpoint as it would to AWS. */
class AppRunnerEndpointTest {
    private static final String IMAGE = "public.ecr.aws/nginx/nginx:latest";
    private Simulator simulator;
    private AwsEndpoint endpoint;
    private AppRunnerClient appRunner;

    @BeforeEach
    void start() throws IOException {
        simulator = Simulator.create(new WorldSettings("wire", 12, Instant.parse("2026-11-25T08:00:00Z"),
                "us-east-1", "123456789012"), CommandJournal.none());
        endpoint = AwsEndpoint.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new SimulatorBackend(simulator, new SteppedClock(simulator)),
                new SigV4Verifier("test", "test"), Instant::now);
        appRunner = WireClients.sdk(AppRunnerClient.builder(), endpoint.port(), "test");
    }

    @AfterEach
    void stop() {
        appRunner.close();
        endpoint.close();
    }

    @Test
    void theLabsServiceIsCreatedPausedResumedAndDeleted() {
        CreateServiceResponse created = appRunner.createService(r -> r.serviceName("DemoHTTP")
                .sourceConfiguration(s -> s.autoDeploymentsEnabled(false).imageRepository(i -> i
                        .imageIdentifier(IMAGE).imageRepositoryType(ImageRepositoryType.ECR_PUBLIC)
                        .imageConfiguration(c -> c.port("80"))))
                .instanceConfiguration(i -> i.cpu("1 vCPU").memory("2 GB")));
        Service service = created.service();
        assertThat(service.status()).isEqualTo(ServiceStatus.OPERATION_IN_PROGRESS);
        assertThat(service.createdAt()).isEqualTo(simulator.now());
        assertThat(service.instanceConfiguration().cpu()).isEqualTo("1024");
        assertThat(service.networkConfiguration().ingressConfiguration().isPubliclyAccessible()).isTrue();
        assertThat(service.autoScalingConfigurationSummary().isDefault()).isTrue();
        String arn = service.serviceArn();

        simulator.advanceBy(Duration.ofMinutes(6));
        ListServicesResponse listed = appRunner.listServices(r -> r.maxResults(20));
        assertThat(listed.serviceSummaryList()).singleElement().satisfies(summary -> {
            assertThat(summary.serviceName()).isEqualTo("DemoHTTP");
            assertThat(summary.status()).isEqualTo(ServiceStatus.RUNNING);
            assertThat(summary.serviceUrl()).endsWith(".us-east-1.awsapprunner.com");
        });

        assertThat(appRunner.pauseService(r -> r.serviceArn(arn)).operationId()).hasSize(36);
        simulator.advanceBy(Duration.ofMinutes(3));
        assertThat(appRunner.describeService(r -> r.serviceArn(arn)).service().status())
                .isEqualTo(ServiceStatus.PAUSED);
        assertThatThrownBy(() -> appRunner.pauseService(r -> r.serviceArn(arn)))
                .isInstanceOf(InvalidStateException.class);
        appRunner.resumeService(r -> r.serviceArn(arn));
        simulator.advanceBy(Duration.ofMinutes(3));
        appRunner.deleteService(r -> r.serviceArn(arn));
        simulator.advanceBy(Duration.ofMinutes(2));

        Service deleted = appRunner.describeService(r -> r.serviceArn(arn)).service();
        assertThat(deleted.status()).isEqualTo(ServiceStatus.DELETED);
        assertThat(deleted.deletedAt()).isBetween(simulator.now().minus(Duration.ofMinutes(2)), simulator.now());
        assertThat(appRunner.listOperations(r -> r.serviceArn(arn)).operationSummaryList())
                .extracting(OperationSummary::type).containsExactly(OperationType.DELETE_SERVICE,
                        OperationType.RESUME_SERVICE, OperationType.PAUSE_SERVICE, OperationType.CREATE_SERVICE);
        assertThat(appRunner.listOperations(r -> r.serviceArn(arn)).operationSummaryList().get(3).id())
                .isEqualTo(created.operationId());
    }

    @Test
    void autoScalingConfigurationsGetRevisions() {
        AutoScalingConfiguration first = appRunner.createAutoScalingConfiguration(r -> r
                .autoScalingConfigurationName("burst").maxConcurrency(50).minSize(2).maxSize(10))
                .autoScalingConfiguration();
        AutoScalingConfiguration second = appRunner.createAutoScalingConfiguration(r -> r
                .autoScalingConfigurationName("burst")).autoScalingConfiguration();

        assertThat(first.maxConcurrency()).isEqualTo(50);
        assertThat(second.autoScalingConfigurationRevision()).isEqualTo(2);
        assertThat(second.latest()).isTrue();
        assertThat(appRunner.listAutoScalingConfigurations(r -> r.latestOnly(true))
                .autoScalingConfigurationSummaryList()).hasSize(2);
        assertThat(appRunner.deleteAutoScalingConfiguration(r -> r.autoScalingConfigurationArn(
                first.autoScalingConfigurationArn())).autoScalingConfiguration().status().toString())
                .isEqualTo("INACTIVE");
    }

    @Test
    void errorsReachTheSdkAsTheirOwnExceptionClasses() {
        assertThatThrownBy(() -> appRunner.createService(r -> r.serviceName("DemoHTTP")
                .sourceConfiguration(s -> s.imageRepository(i -> i.imageIdentifier(IMAGE)
                        .imageRepositoryType(ImageRepositoryType.ECR_PUBLIC)))
                .instanceConfiguration(i -> i.cpu("1 vCPU").memory("8 GB"))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("isn't supported");
        assertThatThrownBy(() -> appRunner.describeService(r -> r.serviceArn(
                "arn:aws:apprunner:us-east-1:123456789012:service/ghost/0123456789abcdef0123456789abcdef")))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorMessage()).contains("doesn't exist");
                });
    }

    @Test
    void errorsAreWrittenInAwsJson10sShape() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + endpoint.port() + "/"))
                .header("X-Amz-Target", "AppRunner.ListServices")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.0");
        assertThat(response.body()).contains("\"__type\":\"MissingAuthenticationTokenException\"")
                .contains("\"Message\":");
    }
}
