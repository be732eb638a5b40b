package dev.berth.sim.wire;

import dev.berth.app.SimulatorBackend;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.DemoWorld;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import dev.berth.ui.testing.SteppedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.eks.model.Cluster;
import software.amazon.awssdk.services.eks.model.ClusterStatus;
import software.amazon.awssdk.services.eks.model.InvalidParameterException;
import software.amazon.awssdk.services.eks.model.Nodegroup;
import software.amazon.awssdk.services.eks.model.NodegroupStatus;
import software.amazon.awssdk.services.eks.model.ResourceInUseException;
import software.amazon.awssdk.services.eks.model.ResourceNotFoundException;
import software.amazon.awssdk.services.eks.model.Update;
import software.amazon.awssdk.services.eks.model.UpdateParamType;
import software.amazon.awssdk.services.eks.model.UpdateStatus;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The AWS SDK for Java v2's EksClient, unmodified, drives the simulator's EKS over restJson1. */
class EksEndpointTest {
    private static final String NODE_ROLE = "arn:aws:iam::123456789012:role/AmazonEKSNodeRole";
    private Simulator simulator;
    private AwsEndpoint endpoint;
    private EksClient eks;

    @BeforeEach
    void start() throws IOException {
        simulator = Simulator.create(WorldSettings.of("wire-eks", 3, Instant.parse("2026-11-25T08:00:00Z")),
                CommandJournal.none());
        endpoint = AwsEndpoint.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new SimulatorBackend(simulator, new SteppedClock(simulator)), new SigV4Verifier("test", "test"),
                Instant::now);
        eks = WireClients.sdk(EksClient.builder(), endpoint.port(), "test");
    }

    @AfterEach
    void stop() {
        eks.close();
        endpoint.close();
    }

    @Test
    void theSdkCreatesTheLabsClusterAndNodeGroupAndScalesIt() {
        Cluster creating = eks.createCluster(r -> r.name("DemoEKS")
                .roleArn("arn:aws:iam::123456789012:role/eksClusterRole")
                .resourcesVpcConfig(v -> v.subnetIds(DemoWorld.SUBNETS))).cluster();
        assertThat(creating.status()).isEqualTo(ClusterStatus.CREATING);
        assertThat(creating.createdAt()).isEqualTo(Instant.parse("2026-11-25T08:00:00Z"));
        assertThat(creating.endpoint()).isNull();
        simulator.advanceBy(Duration.ofMinutes(10));
        Cluster active = eks.describeCluster(r -> r.name("DemoEKS")).cluster();
        assertThat(active.status()).isEqualTo(ClusterStatus.ACTIVE);
        assertThat(active.endpoint()).endsWith(".gr7.us-east-1.eks.amazonaws.com");
        assertThat(eks.listClusters(r -> { }).clusters()).containsExactly("DemoEKS");

        eks.createNodegroup(r -> r.clusterName("DemoEKS").nodegroupName("DemoNodeGroup")
                .subnets(DemoWorld.SUBNETS).nodeRole(NODE_ROLE).instanceTypes("t3.medium")
                .scalingConfig(s -> s.minSize(1).maxSize(4).desiredSize(2)));
        simulator.advanceBy(Duration.ofMinutes(4));
        Nodegroup group = eks.describeNodegroup(r -> r.clusterName("DemoEKS").nodegroupName("DemoNodeGroup"))
                .nodegroup();
        assertThat(group.status()).isEqualTo(NodegroupStatus.ACTIVE);
        assertThat(group.scalingConfig().desiredSize()).isEqualTo(2);
        assertThat(eks.listNodegroups(r -> r.clusterName("DemoEKS")).nodegroups()).containsExactly("DemoNodeGroup");

        Update update = eks.updateNodegroupConfig(r -> r.clusterName("DemoEKS").nodegroupName("DemoNodeGroup")
                .scalingConfig(s -> s.desiredSize(3)).labels(l -> l.addOrUpdateLabels(Map.of("team", "web")))).update();
        assertThat(update.status()).isEqualTo(UpdateStatus.IN_PROGRESS);
        assertThat(update.params()).anySatisfy(p -> assertThat(p.type()).isEqualTo(UpdateParamType.DESIRED_SIZE));
        simulator.advanceBy(Duration.ofSeconds(90));
        assertThat(eks.listUpdates(r -> r.name("DemoEKS").nodegroupName("DemoNodeGroup")).updateIds())
                .containsExactly(update.id());
        assertThat(eks.describeUpdate(r -> r.name("DemoEKS").updateId(update.id()).nodegroupName("DemoNodeGroup"))
                .update().status()).isEqualTo(UpdateStatus.SUCCESSFUL);

        assertThat(eks.deleteNodegroup(r -> r.clusterName("DemoEKS").nodegroupName("DemoNodeGroup")).nodegroup()
                .status()).isEqualTo(NodegroupStatus.DELETING);
    }

    @Test
    void eksErrorsReachTheSdkAsTheirOwnExceptionClasses() {
        assertThatThrownBy(() -> eks.describeCluster(r -> r.name("prod")))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("No cluster found for name: prod.");
                });
        DemoWorld.createEksCluster(simulator.eks(), "123456789012");
        assertThatThrownBy(() -> eks.createCluster(r -> r.name("DemoEKS")
                .roleArn("arn:aws:iam::123456789012:role/eksClusterRole")
                .resourcesVpcConfig(v -> v.subnetIds(DemoWorld.SUBNETS))))
                .isInstanceOfSatisfying(ResourceInUseException.class, e -> assertThat(e.statusCode()).isEqualTo(409));
        simulator.advanceBy(Duration.ofMinutes(10));
        assertThatThrownBy(() -> eks.createNodegroup(r -> r.clusterName("DemoEKS").nodegroupName("ng")
                .subnets(DemoWorld.SUBNETS).nodeRole(NODE_ROLE)
                .scalingConfig(s -> s.minSize(3).maxSize(5).desiredSize(2))))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(
                        e.awsErrorDetails().errorMessage()).isEqualTo("minSize can't be greater than desiredSize"));
    }

    @Test
    void errorsAreNamedInTheHeaderAndTimestampsAreEpochSeconds() throws Exception {
        HttpResponse<String> missing = sendSigned(SdkHttpMethod.GET, "/clusters/prod", "eks");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("x-amzn-ErrorType")).hasValue("ResourceNotFoundException");
        assertThat(missing.body()).isEqualTo("{\"message\":\"No cluster found for name: prod.\"}");

        DemoWorld.createEksCluster(simulator.eks(), "123456789012");
        HttpResponse<String> described = sendSigned(SdkHttpMethod.GET, "/clusters/DemoEKS", "eks");
        assertThat(described.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(described.body()).contains("\"createdAt\":1795593600.000").doesNotContain("\"endpoint\"");

        assertThat(sendSigned(SdkHttpMethod.GET, "/rockets", "eks").statusCode()).isEqualTo(404);
        HttpResponse<String> wrongScope = sendSigned(SdkHttpMethod.GET, "/clusters", "ecs");
        assertThat(wrongScope.headers().firstValue("x-amzn-ErrorType")).hasValue("UnknownOperationException");
    }

    /** A raw request signed by the SDK's SigV4 signer for {@code service}. */
    private HttpResponse<String> sendSigned(SdkHttpMethod method, String path, String service) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + endpoint.port() + path);
        SdkHttpRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create("test", "test"))
                .request(SdkHttpRequest.builder().method(method).uri(uri).build())
                .payload(ContentStreamProvider.fromUtf8String(""))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")).request();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(method.name(),
                HttpRequest.BodyPublishers.noBody());
        signed.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Host") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
