package dev.berth.sim.wire;

import dev.berth.app.SimulatorBackend;
import dev.berth.sim.Simulator;
import dev.berth.ui.testing.SteppedClock;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.Region;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

/** The unmodified AWS SDK pointed at a local endpoint, and raw signed requests for what the SDK will not send. */
final class WireClients {
    private WireClients() {
    }

    /** The endpoint serving every service of {@code simulator} on a free loopback port, as access key {@code test}. */
    static AwsEndpoint serve(Simulator simulator) throws IOException {
        return AwsEndpoint.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new SimulatorBackend(simulator, new SteppedClock(simulator)), new SigV4Verifier("test", "test"),
                Instant::now);
    }

    /** Builds any SDK v2 client against {@code http://127.0.0.1:port} as access key {@code test}. */
    static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C sdk(B builder, int port,
                                                                                     String secret) {
        return builder.endpointOverride(URI.create("http://127.0.0.1:" + port))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", secret)))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** Sends a raw JSON-RPC request signed by the SDK's SigV4 signer, so only the target or body is wrong. */
    static HttpResponse<String> postSigned(int port, String signingName, String target, String body)
            throws IOException, InterruptedException {
        return post(port, signingName, "test", SdkHttpRequest.builder().putHeader("Content-Type",
                "application/x-amz-json-1.1")
                .putHeader("X-Amz-Target", target), body);
    }

    /** Sends a raw awsQuery request (a form, as the CLI sends it) signed by the SDK's SigV4 signer. */
    static HttpResponse<String> postForm(int port, String signingName, String form)
            throws IOException, InterruptedException {
        return postForm(port, signingName, "test", form);
    }

    /** The same, signed with {@code secret}. */
    static HttpResponse<String> postForm(int port, String signingName, String secret, String form)
            throws IOException, InterruptedException {
        return post(port, signingName, secret, SdkHttpRequest.builder()
                .putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"), form);
    }

    /** {@link #postSigned}, with the body sent chunked: no Content-Length, as a client streaming its body sends it. */
    static HttpResponse<String> postSignedChunked(int port, String signingName, String target, String body)
            throws IOException, InterruptedException {
        return post(port, signingName, "test", SdkHttpRequest.builder().putHeader("Content-Type",
                "application/x-amz-json-1.1")
                .putHeader("X-Amz-Target", target), body, true);
    }

    private static HttpResponse<String> post(int port, String signingName, String secret,
                                             SdkHttpRequest.Builder headers, String body)
            throws IOException, InterruptedException {
        return post(port, signingName, secret, headers, body, false);
    }

    private static HttpResponse<String> post(int port, String signingName, String secret,
                                             SdkHttpRequest.Builder headers, String body, boolean chunked)
            throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + port + "/");
        SdkHttpRequest unsigned = headers.method(SdkHttpMethod.POST).uri(uri).build();
        SdkHttpRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create("test", secret)).request(unsigned)
                .payload(ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, signingName)
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")).request();
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.ofString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(chunked
                ? HttpRequest.BodyPublishers.fromPublisher(publisher) : publisher);
        signed.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Host") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
