package dev.berth.sim.wire;

import dev.berth.app.SimulatorBackend;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import dev.berth.ui.testing.SteppedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.ecs.model.ClusterNotFoundException;
import software.amazon.awssdk.services.ecs.model.Compatibility;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.EcsException;
import software.amazon.awssdk.services.ecs.model.InvalidParameterException;
import software.amazon.awssdk.services.ecs.model.LaunchType;
import software.amazon.awssdk.services.ecs.model.NetworkMode;
import software.amazon.awssdk.services.ecs.model.Service;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The AWS SDK for Java v2, unmodified, talks to the simulator's endpoint as it would to AWS. */
class AwsEndpointTest {
    private Simulator simulator;
    private AwsEndpoint endpoint;

    @BeforeEach
    void start() throws IOException {
        simulator = Simulator.create(new WorldSettings("wire", 11, Instant.parse("2026-11-25T08:00:00Z"),
                "us-east-1", "123456789012"), CommandJournal.none());
        endpoint = AwsEndpoint.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new SimulatorBackend(simulator, new SteppedClock(simulator)),
                new SigV4Verifier("test", "test"), Instant::now);
    }

    @AfterEach
    void stop() {
        endpoint.close();
    }

    private EcsClient client(String secret) {
        return WireClients.sdk(EcsClient.builder(), endpoint.port(), secret);
    }

    @Test
    void theSdkRunsAServiceOnTheSimulator() {
        try (EcsClient ecs = client("test")) {
            ecs.createCluster(r -> r.clusterName("wire"));
            ecs.registerTaskDefinition(r -> r.family("web").networkMode(NetworkMode.AWSVPC)
                    .requiresCompatibilities(Compatibility.FARGATE).cpu("256").memory("512")
                    .containerDefinitions(ContainerDefinition.builder().name("web").image("nginx:1.27")
                            .essential(true).build()));
            ecs.createService(r -> r.cluster("wire").serviceName("web").taskDefinition("web").desiredCount(2)
                    .launchType(LaunchType.FARGATE)
                    .networkConfiguration(n -> n.awsvpcConfiguration(a -> a.subnets("subnet-0a1b2c3d4e5f60718"))));
            simulator.advanceBy(Duration.ofMinutes(5));

            Service web = ecs.describeServices(r -> r.cluster("wire").services("web")).services().get(0);
            assertThat(web.runningCount()).isEqualTo(2);
            assertThat(web.createdAt()).isEqualTo(simulator.now().minus(Duration.ofMinutes(5)));
            assertThat(web.events().get(0).message()).isEqualTo("(service web) has reached a steady state.");
            assertThat(ecs.listTasks(r -> r.cluster("wire")).taskArns()).hasSize(2);
        }
    }

    @Test
    void awsErrorsReachTheSdkAsTheirOwnExceptionClasses() {
        try (EcsClient ecs = client("test")) {
            assertThatThrownBy(() -> ecs.listServices(r -> r.cluster("nowhere")))
                    .isInstanceOf(ClusterNotFoundException.class)
                    .hasMessageStartingWith("Cluster not found.");
            ecs.createCluster(r -> r.clusterName("default"));
            assertThatThrownBy(() -> ecs.describeServices(r -> r.cluster("default")
                    .services("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11")))
                    .isInstanceOf(InvalidParameterException.class);
        }
    }

    @Test
    void aWrongSecretIsRefusedAsAwsRefusesIt() {
        try (EcsClient ecs = client("wrong")) {
            assertThatThrownBy(ecs::listClusters)
                    .isInstanceOfSatisfying(EcsException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                        assertThat(e.statusCode()).isEqualTo(400);
                    });
        }
    }

    @Test
    void malformedJsonGetsASerializationErrorAndChangesNothing() throws Exception {
        HttpResponse<String> response = sendSigned("CreateCluster", "{\"clusterName\": ");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.1");
        assertThat(response.body()).contains("\"__type\":\"SerializationException\"");
        try (EcsClient ecs = client("test")) {
            assertThat(ecs.listClusters().clusterArns()).isEmpty();
        }
    }

    @Test
    void aBodySentChunkedIsReadWholeAsOneOfDeclaredLengthIs() throws Exception {
        HttpResponse<String> chunked = WireClients.postSignedChunked(endpoint.port(), "ecs",
                "AmazonEC2ContainerServiceV20141113.CreateCluster", "{\"clusterName\": \"streamed\"}");
        HttpResponse<String> declared = sendSigned("CreateCluster", "{\"clusterName\": \"declared\"}");
        assertThat(chunked.statusCode()).isEqualTo(200);
        assertThat(declared.statusCode()).isEqualTo(200);
        try (EcsClient ecs = client("test")) {
            assertThat(ecs.listClusters().clusterArns()).containsExactlyInAnyOrder(
                    "arn:aws:ecs:us-east-1:123456789012:cluster/streamed",
                    "arn:aws:ecs:us-east-1:123456789012:cluster/declared");
        }
    }

    @Test
    void anUnknownOperationIsNamedInTheError() throws Exception {
        HttpResponse<String> response = sendSigned("LaunchRocket", "{}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("UnknownOperationException")
                .contains("AmazonEC2ContainerServiceV20141113.LaunchRocket");
        // The endpoint's server dates every answer itself, as AWS does (RFC 1123, GMT).
        assertThat(response.headers().firstValue("Date")).hasValueSatisfying(date -> assertThat(date).endsWith(" GMT"));
    }

    @Test
    void s3AnswersItsErrorsInItsOwnXmlWithItsStatuses() {
        try (S3Client s3 = WireClients.sdk(S3Client.builder().forcePathStyle(true), endpoint.port(), "test");
             S3Client wrongSecret = WireClients.sdk(S3Client.builder().forcePathStyle(true), endpoint.port(),
                     "wrong")) {
            assertThatThrownBy(() -> s3.listObjectsV2(r -> r.bucket("missing")))
                    .isInstanceOfSatisfying(NoSuchBucketException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(404);
                        assertThat(e.awsErrorDetails().errorMessage())
                                .isEqualTo("The specified bucket does not exist: missing");
                    });
            s3.createBucket(r -> r.bucket("uploads"));
            assertThatThrownBy(() -> s3.createBucket(r -> r.bucket("uploads")))
                    .isInstanceOfSatisfying(BucketAlreadyOwnedByYouException.class,
                            e -> assertThat(e.statusCode()).isEqualTo(409));
            assertThatThrownBy(wrongSecret::listBuckets).isInstanceOfSatisfying(S3Exception.class, e -> {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
                assertThat(e.statusCode()).isEqualTo(403);
            });
        }
    }

    @Test
    void s3RollsKeysUpIntoCommonPrefixesByTheDelimiterPageByPage() {
        simulator.s3().createBucket("uploads");
        for (String key : List.of("a/1.txt", "a/2.txt", "b/c/3.txt", "top.txt")) {
            simulator.s3().putObject("uploads", key, 1);
        }
        try (S3Client s3 = WireClients.sdk(S3Client.builder().forcePathStyle(true), endpoint.port(), "test")) {
            List<String> listed = new ArrayList<>();
            String token = null;
            do {
                String after = token;
                var page = s3.listObjectsV2(r -> r.bucket("uploads").delimiter("/").maxKeys(2)
                        .continuationToken(after));
                page.commonPrefixes().forEach(p -> listed.add(p.prefix()));
                page.contents().forEach(o -> listed.add(o.key()));
                token = page.nextContinuationToken();
            } while (token != null);
            assertThat(listed).containsExactly("a/", "b/", "top.txt");
            assertThat(s3.listObjectsV2(r -> r.bucket("uploads").prefix("b/").delimiter("/")).commonPrefixes())
                    .extracting(p -> p.prefix()).containsExactly("b/c/");
        }
    }

    @Test
    void anUnsignedRequestIsRefused() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + endpoint.port() + "/"))
                .header("X-Amz-Target", "AmazonEC2ContainerServiceV20141113.ListClusters")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("MissingAuthenticationTokenException");
    }

    private HttpResponse<String> sendSigned(String operation, String body) throws Exception {
        return WireClients.postSigned(endpoint.port(), "ecs", "AmazonEC2ContainerServiceV20141113." + operation, body);
    }
}
