package dev.berth.sim.wire;

import dev.berth.app.SimulatorBackend;
import dev.berth.ui.testing.SteppedClock;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.EcsFixture;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.applicationautoscaling.ApplicationAutoScalingClient;
import software.amazon.awssdk.services.applicationautoscaling.model.DescribeScalableTargetsResponse;
import software.amazon.awssdk.services.applicationautoscaling.model.MetricType;
import software.amazon.awssdk.services.applicationautoscaling.model.ObjectNotFoundException;
import software.amazon.awssdk.services.applicationautoscaling.model.PolicyType;
import software.amazon.awssdk.services.applicationautoscaling.model.PutScalingPolicyResponse;
import software.amazon.awssdk.services.applicationautoscaling.model.ScalableDimension;
import software.amazon.awssdk.services.applicationautoscaling.model.ScalingActivity;
import software.amazon.awssdk.services.applicationautoscaling.model.ServiceNamespace;
import software.amazon.awssdk.services.applicationautoscaling.model.ValidationException;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SDK's ApplicationAutoScalingClient against the simulator's endpoint. */
class ApplicationAutoScalingEndpointTest {
    private static final Instant START = Instant.parse("2026-11-25T08:00:00Z");
    private static final String RESOURCE = "service/wire/web";
    private Simulator simulator;
    private AwsEndpoint endpoint;
    private ApplicationAutoScalingClient client;

    @BeforeEach
    void start() throws IOException {
        simulator = Simulator.create(new WorldSettings("wire", 3, START, "us-east-1", "123456789012"),
                CommandJournal.none());
        simulator.ecs().createCluster(CreateClusterRequest.named("wire"));
        simulator.ecs().registerTaskDefinition(new RegisterTaskDefinitionRequest("web", "awsvpc",
                List.of("FARGATE"), "256", "512", null, null, List.of(new ContainerDefinition("web", "nginx:1.27", null,
                null, null, true, List.of(), List.of(), List.of(), null)), List.of()));
        simulator.ecs().createService(new CreateServiceRequest("wire", "web", "web", 1, "FARGATE", List.of(), null,
                EcsFixture.NETWORK, null, null, List.of()));
        endpoint = AwsEndpoint.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new SimulatorBackend(simulator, new SteppedClock(simulator)), new SigV4Verifier("test", "test"),
                Instant::now);
        client = WireClients.sdk(ApplicationAutoScalingClient.builder(), endpoint.port(), "test");
    }

    @AfterEach
    void stop() {
        client.close();
        endpoint.close();
    }

    @Test
    void targetsPoliciesScheduledActionsAndActivitiesRoundTripWithAwsMembers() {
        String arn = client.registerScalableTarget(r -> r.serviceNamespace(ServiceNamespace.ECS)
                .scalableDimension(ScalableDimension.ECS_SERVICE_DESIRED_COUNT).resourceId(RESOURCE)
                .minCapacity(2).maxCapacity(6)).scalableTargetARN();
        assertThat(arn).startsWith("arn:aws:application-autoscaling:us-east-1:123456789012:scalable-target/");

        PutScalingPolicyResponse policy = client.putScalingPolicy(r -> r.policyName("cpu50")
                .serviceNamespace(ServiceNamespace.ECS).resourceId(RESOURCE)
                .scalableDimension(ScalableDimension.ECS_SERVICE_DESIRED_COUNT)
                .policyType(PolicyType.TARGET_TRACKING_SCALING)
                .targetTrackingScalingPolicyConfiguration(t -> t.targetValue(50.0).scaleInCooldown(120)
                        .predefinedMetricSpecification(m -> m.predefinedMetricType(
                                MetricType.ECS_SERVICE_AVERAGE_CPU_UTILIZATION))));
        assertThat(policy.policyARN()).contains(":scalingPolicy:").endsWith(":resource/ecs/service/wire/web:policyName/cpu50");
        assertThat(policy.alarms()).hasSize(2);
        assertThat(policy.alarms().get(0).alarmARN()).startsWith("arn:aws:cloudwatch:us-east-1:123456789012:alarm:"
                + "TargetTracking-service/wire/web-AlarmHigh-");

        client.putScheduledAction(r -> r.serviceNamespace(ServiceNamespace.ECS).resourceId(RESOURCE)
                .scalableDimension(ScalableDimension.ECS_SERVICE_DESIRED_COUNT).scheduledActionName("peak")
                .schedule("at(2026-11-25T08:10:00)").scalableTargetAction(a -> a.minCapacity(3).maxCapacity(6)));
        simulator.advanceBy(Duration.ofMinutes(11));

        DescribeScalableTargetsResponse targets = client.describeScalableTargets(r -> r
                .serviceNamespace(ServiceNamespace.ECS));
        assertThat(targets.scalableTargets()).singleElement().satisfies(t -> {
            assertThat(t.minCapacity()).isEqualTo(3);
            assertThat(t.creationTime()).isEqualTo(START);
            assertThat(t.scalableTargetARN()).isEqualTo(arn);
            assertThat(t.suspendedState().dynamicScalingInSuspended()).isFalse();
        });
        assertThat(client.describeScalingPolicies(r -> r.serviceNamespace(ServiceNamespace.ECS)).scalingPolicies())
                .singleElement().satisfies(p -> {
                    assertThat(p.targetTrackingScalingPolicyConfiguration().scaleInCooldown()).isEqualTo(120);
                    assertThat(p.creationTime()).isEqualTo(START);
                });
        assertThat(client.describeScheduledActions(r -> r.serviceNamespace(ServiceNamespace.ECS)).scheduledActions())
                .singleElement().satisfies(a -> assertThat(a.schedule()).isEqualTo("at(2026-11-25T08:10:00)"));

        List<ScalingActivity> activities = client.describeScalingActivities(r -> r
                .serviceNamespace(ServiceNamespace.ECS).resourceId(RESOURCE)).scalingActivities();
        assertThat(activities).extracting(ScalingActivity::description).containsExactly(
                "Setting desired count to 3.", "Setting min capacity to 3 and max capacity to 6",
                "Setting desired count to 2.");
        assertThat(activities.get(0).startTime()).isEqualTo(START.plus(Duration.ofMinutes(10)));
        assertThat(activities.get(2).cause()).isEqualTo("minimum capacity was set to 2");

        var firstPage = client.describeScalingActivities(r -> r.serviceNamespace(ServiceNamespace.ECS).maxResults(2));
        assertThat(firstPage.scalingActivities()).hasSize(2);
        assertThat(client.describeScalingActivities(r -> r.serviceNamespace(ServiceNamespace.ECS)
                .nextToken(firstPage.nextToken())).scalingActivities()).hasSize(1);
        assertThat(simulator.ecs().describeServices("wire", List.of("web")).items().get(0).desiredCount())
                .isEqualTo(3);
    }

    @Test
    void errorsReachTheSdkAsTheirOwnClassesWithAwsMessages() throws Exception {
        assertThatThrownBy(() -> client.deleteScalingPolicy(r -> r.policyName("x")
                .serviceNamespace(ServiceNamespace.ECS).resourceId(RESOURCE)
                .scalableDimension(ScalableDimension.ECS_SERVICE_DESIRED_COUNT)))
                .isInstanceOf(ObjectNotFoundException.class)
                .hasMessageStartingWith("No scalable target registered for service namespace: ecs, resource ID: "
                        + "service/wire/web, scalable dimension: ecs:service:DesiredCount");
        assertThatThrownBy(() -> client.describeScalableTargets(r -> r.serviceNamespace(ServiceNamespace.ECS)
                .maxResults(51))).isInstanceOf(ValidationException.class);

        HttpResponse<String> raw = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + endpoint.port() + "/"))
                .header("X-Amz-Target", "AnyScaleFrontendService.DescribeScalableTargets")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(raw.statusCode()).isEqualTo(400);
        assertThat(raw.body()).contains("\"Message\"").doesNotContain("\"message\"");
    }
}
