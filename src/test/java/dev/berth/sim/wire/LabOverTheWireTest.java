package dev.berth.sim.wire;

import dev.berth.app.SimulatorBackend;
import dev.berth.core.ecr.ImageManifest;
import dev.berth.sim.DemoWorld;
import dev.berth.sim.Simulator;
import dev.berth.sim.store.WorldStore;
import dev.berth.ui.testing.SteppedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.applicationautoscaling.ApplicationAutoScalingClient;
import software.amazon.awssdk.services.applicationautoscaling.model.MetricType;
import software.amazon.awssdk.services.applicationautoscaling.model.PolicyType;
import software.amazon.awssdk.services.applicationautoscaling.model.ScalableDimension;
import software.amazon.awssdk.services.applicationautoscaling.model.ServiceNamespace;
import software.amazon.awssdk.services.apprunner.AppRunnerClient;
import software.amazon.awssdk.services.apprunner.model.ImageRepositoryType;
import software.amazon.awssdk.services.apprunner.model.ServiceStatus;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.ImageDetail;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.ClusterNotFoundException;
import software.amazon.awssdk.services.ecs.model.Compatibility;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.Deployment;
import software.amazon.awssdk.services.ecs.model.DeploymentRolloutState;
import software.amazon.awssdk.services.ecs.model.EcsException;
import software.amazon.awssdk.services.ecs.model.LaunchType;
import software.amazon.awssdk.services.ecs.model.NetworkMode;
import software.amazon.awssdk.services.ecs.model.PortMapping;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.eks.model.ClusterStatus;
import software.amazon.awssdk.services.eks.model.NodegroupStatus;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hands-on lab, end to end, through the unmodified AWS SDK v2 clients against one endpoint built as
 * {@code berth serve} builds it (a world opened from a state directory), with the clock stepped by the test.
 */
class LabOverTheWireTest {
    private static final String ECS_TARGET = "AmazonEC2ContainerServiceV20141113.";
    private static final String SERVICE_RESOURCE = "service/DemoCluster/nginx-service";

    @TempDir
    Path state;
    private WorldStore.OpenedWorld world;
    private Simulator simulator;
    private AwsEndpoint endpoint;

    @BeforeEach
    void serve() throws IOException {
        world = new WorldStore().open(state, "lab", Instant.parse("2026-11-25T08:00:00Z"),
                new WorldStore.NewWorld(7, false));
        simulator = world.simulator();
        endpoint = AwsEndpoint.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new SimulatorBackend(simulator, new SteppedClock(simulator)), new SigV4Verifier("test", "test"),
                Instant::now);
    }

    @AfterEach
    void stop() {
        endpoint.close();
        world.close();
    }

    @Test
    void theLabRunsThroughTheSdk() {
        try (EcsClient ecs = WireClients.sdk(EcsClient.builder(), endpoint.port(), "test");
             EcrClient ecr = WireClients.sdk(EcrClient.builder(), endpoint.port(), "test");
             EksClient eks = WireClients.sdk(EksClient.builder(), endpoint.port(), "test");
             AppRunnerClient appRunner = WireClients.sdk(AppRunnerClient.builder(), endpoint.port(), "test");
             ApplicationAutoScalingClient scaling = WireClients.sdk(ApplicationAutoScalingClient.builder(),
                     endpoint.port(), "test")) {
            runService(ecs);
            pushImage(ecr);
            createKubernetes(eks);
            runAppRunner(appRunner);
            scaleService(scaling);
        }
    }

    private void runService(EcsClient ecs) {
        ecs.createCluster(r -> r.clusterName("DemoCluster"));
        registerNginx(ecs);
        ecs.createService(r -> r.cluster("DemoCluster").serviceName("nginx-service").taskDefinition("nginxdemos-hello")
                .desiredCount(2).launchType(LaunchType.FARGATE)
                .networkConfiguration(n -> n.awsvpcConfiguration(a -> a.subnets(DemoWorld.SUBNETS))));
        simulator.advanceBy(Duration.ofMinutes(5));
        Service steady = nginxService(ecs);
        assertThat(steady.runningCount()).isEqualTo(2);
        assertThat(steady.events().get(0).message()).isEqualTo("(service nginx-service) has reached a steady state.");

        String revision2 = registerNginx(ecs);
        assertThat(revision2).endsWith(":2");
        ecs.updateService(r -> r.cluster("DemoCluster").service("nginx-service").taskDefinition(revision2)
                .deploymentConfiguration(d -> d.minimumHealthyPercent(50).maximumPercent(100)));
        assertThat(nginxService(ecs).deployments()).hasSize(2);
        simulator.advanceBy(Duration.ofMinutes(10));
        Service rolled = nginxService(ecs);
        assertThat(rolled.deployments()).singleElement().satisfies(d -> {
            assertThat(d.taskDefinition()).isEqualTo(revision2);
            assertThat(d.rolloutState()).isEqualTo(DeploymentRolloutState.COMPLETED);
            assertThat(d.runningCount()).isEqualTo(2);
        });
        assertThat(rolled.deploymentConfiguration().minimumHealthyPercent()).isEqualTo(50);
        assertThat(rolled.deployments().stream().map(Deployment::status)).containsExactly("PRIMARY");
    }

    private static String registerNginx(EcsClient ecs) {
        return ecs.registerTaskDefinition(r -> r.family("nginxdemos-hello").networkMode(NetworkMode.AWSVPC)
                .requiresCompatibilities(Compatibility.FARGATE).cpu("512").memory("1024")
                .containerDefinitions(ContainerDefinition.builder().name("nginxdemos-hello")
                        .image("nginxdemos/hello:latest").essential(true)
                        .portMappings(PortMapping.builder().containerPort(80).build()).build()))
                .taskDefinition().taskDefinitionArn();
    }

    private static Service nginxService(EcsClient ecs) {
        return ecs.describeServices(r -> r.cluster("DemoCluster").services("nginx-service")).services().get(0);
    }

    private static void pushImage(EcrClient ecr) {
        ecr.createRepository(r -> r.repositoryName("nginxdemos-hello"));
        String digest = ecr.putImage(r -> r.repositoryName("nginxdemos-hello").imageTag("v1")
                .imageManifest(ImageManifest.build("nginxdemos-hello", "v1", 24_000_000, 3))).image()
                .imageId().imageDigest();
        ImageDetail image = ecr.describeImages(r -> r.repositoryName("nginxdemos-hello")).imageDetails().get(0);
        assertThat(image.imageDigest()).isEqualTo(digest).startsWith("sha256:");
        assertThat(image.imageTags()).containsExactly("v1");
    }

    private void createKubernetes(EksClient eks) {
        eks.createCluster(r -> r.name("DemoEKS").roleArn("arn:aws:iam::123456789012:role/eksClusterRole")
                .resourcesVpcConfig(v -> v.subnetIds(DemoWorld.SUBNETS)));
        simulator.advanceBy(Duration.ofMinutes(10));
        assertThat(eks.describeCluster(r -> r.name("DemoEKS")).cluster().status()).isEqualTo(ClusterStatus.ACTIVE);
        eks.createNodegroup(r -> r.clusterName("DemoEKS").nodegroupName("DemoNodeGroup").subnets(DemoWorld.SUBNETS)
                .nodeRole("arn:aws:iam::123456789012:role/AmazonEKSNodeRole").instanceTypes("t3.medium")
                .scalingConfig(s -> s.minSize(1).maxSize(3).desiredSize(2)));
        assertThat(eks.describeNodegroup(r -> r.clusterName("DemoEKS").nodegroupName("DemoNodeGroup")).nodegroup()
                .status()).isEqualTo(NodegroupStatus.CREATING);
        simulator.advanceBy(Duration.ofMinutes(4));
        assertThat(eks.describeNodegroup(r -> r.clusterName("DemoEKS").nodegroupName("DemoNodeGroup")).nodegroup()
                .status()).isEqualTo(NodegroupStatus.ACTIVE);
    }

    private void runAppRunner(AppRunnerClient appRunner) {
        String arn = appRunner.createService(r -> r.serviceName("DemoHTTP")
                .sourceConfiguration(s -> s.autoDeploymentsEnabled(false).imageRepository(i -> i
                        .imageIdentifier("public.ecr.aws/nginx/nginx:latest")
                        .imageRepositoryType(ImageRepositoryType.ECR_PUBLIC)
                        .imageConfiguration(c -> c.port("80"))))
                .instanceConfiguration(i -> i.cpu("1 vCPU").memory("2 GB"))).service().serviceArn();
        simulator.advanceBy(Duration.ofMinutes(6));
        assertThat(appRunner.describeService(r -> r.serviceArn(arn)).service().status())
                .isEqualTo(ServiceStatus.RUNNING);
    }

    private static void scaleService(ApplicationAutoScalingClient scaling) {
        scaling.registerScalableTarget(r -> r.serviceNamespace(ServiceNamespace.ECS)
                .scalableDimension(ScalableDimension.ECS_SERVICE_DESIRED_COUNT).resourceId(SERVICE_RESOURCE)
                .minCapacity(2).maxCapacity(4));
        scaling.putScalingPolicy(r -> r.policyName("cpu50").serviceNamespace(ServiceNamespace.ECS)
                .resourceId(SERVICE_RESOURCE).scalableDimension(ScalableDimension.ECS_SERVICE_DESIRED_COUNT)
                .policyType(PolicyType.TARGET_TRACKING_SCALING)
                .targetTrackingScalingPolicyConfiguration(t -> t.targetValue(50.0).predefinedMetricSpecification(
                        m -> m.predefinedMetricType(MetricType.ECS_SERVICE_AVERAGE_CPU_UTILIZATION))));
        assertThat(scaling.describeScalingPolicies(r -> r.serviceNamespace(ServiceNamespace.ECS)
                .resourceId(SERVICE_RESOURCE)).scalingPolicies())
                .singleElement().satisfies(p -> assertThat(p.policyType()).isEqualTo(PolicyType.TARGET_TRACKING_SCALING));
    }

    @Test
    void theLabsMistakesComeBackAsAwsErrors() throws Exception {
        try (EcsClient ecs = WireClients.sdk(EcsClient.builder(), endpoint.port(), "test");
             EcsClient wrongSecret = WireClients.sdk(EcsClient.builder(), endpoint.port(), "wrong")) {
            assertThatThrownBy(() -> ecs.describeServices(r -> r.cluster("DemoCluster").services("nginx-service")))
                    .isInstanceOf(ClusterNotFoundException.class);
            assertThatThrownBy(wrongSecret::listClusters).isInstanceOfSatisfying(EcsException.class, e ->
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException"));

            HttpResponse<String> unknown = WireClients.postSigned(endpoint.port(), "ecs", ECS_TARGET + "LaunchRocket",
                    "{}");
            assertThat(unknown.statusCode()).isEqualTo(400);
            assertThat(unknown.body()).contains("UnknownOperationException");

            HttpResponse<String> malformed = WireClients.postSigned(endpoint.port(), "ecs",
                    ECS_TARGET + "CreateCluster", "{\"clusterName\": \"DemoCluster\"");
            assertThat(malformed.statusCode()).isEqualTo(400);
            assertThat(malformed.body()).contains("\"__type\":\"SerializationException\"");
            assertThat(ecs.listClusters().clusterArns()).isEmpty();
        }
    }
}
