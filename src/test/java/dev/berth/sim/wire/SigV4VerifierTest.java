package dev.berth.sim.wire;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Requests signed by the AWS SDK's own SigV4 signer must pass; anything else must fail as AWS fails it. */
class SigV4VerifierTest {
    private static final Instant SIGNED_AT = Instant.parse("2026-11-25T10:00:00Z");
    private final SigV4Verifier verifier = new SigV4Verifier("test", "test");

    private static SigV4Verifier.SignedRequest signedBySdk(String secret, SdkHttpMethod method, String uri,
                                                         Map<String, String> headers, String body, String service) {
        SdkHttpRequest.Builder builder = SdkHttpRequest.builder().method(method).uri(URI.create(uri));
        headers.forEach(builder::putHeader);
        var signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create("test", secret))
                .request(builder.build())
                .payload(body == null ? null : ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, "eu-west-1")
                .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(SIGNED_AT, ZoneOffset.UTC)));
        SdkHttpRequest request = signed.request();
        return new SigV4Verifier.SignedRequest(request.method().name(), request.encodedPath(),
                request.encodedQueryParameters().orElse(null), request.headers(),
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
    }

    private static SigV4Verifier.SignedRequest ecsListClusters(String secret) {
        return signedBySdk(secret, SdkHttpMethod.POST, "http://127.0.0.1:4566/",
                Map.of("Content-Type", "application/x-amz-json-1.1",
                        "X-Amz-Target", "AmazonEC2ContainerServiceV20141113.ListClusters"), "{}", "ecs");
    }

    @Test
    void acceptsAJsonRequestSignedByTheSdk() {
        SigV4Verifier.Scope scope = verifier.verify(ecsListClusters("test"), SIGNED_AT.plusSeconds(30));
        assertThat(scope).isEqualTo(new SigV4Verifier.Scope("test", "eu-west-1", "ecs"));
    }

    @Test
    void acceptsARestRequestWithAnEncodedPathAndAQuery() {
        var request = signedBySdk("test", SdkHttpMethod.GET,
                "http://127.0.0.1:4566/tags/arn%3Aaws%3Aeks%3Aeu-west-1%3A123456789012%3Acluster%2FDemoEKS"
                        + "?maxResults=5&nextToken=a%2Bb%3D",
                Map.of(), null, "eks");
        assertThat(verifier.verify(request, SIGNED_AT).service()).isEqualTo("eks");
    }

    /**
     * A PutObject signed as the SDK's S3 client signs it: the path encoded once, the payload hash as configured (the
     * signer leaves a payload unsigned over HTTPS only).
     */
    private static SigV4Verifier.SignedRequest s3PutObject(boolean payloadSigned, boolean chunked) {
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.PUT)
                .uri(URI.create("https://127.0.0.1:4566/uploads/incoming/my%20photo%20%C3%A9%2B1.jpg"))
                .putHeader("x-amz-decoded-content-length", "5").build();
        var signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create("test", "test"))
                .request(request)
                .payload(ContentStreamProvider.fromUtf8String("hello"))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, false)
                .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, false)
                .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, payloadSigned)
                .putProperty(AwsV4HttpSigner.CHUNK_ENCODING_ENABLED, chunked)
                .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(SIGNED_AT, ZoneOffset.UTC)));
        String body = chunked ? "5;chunk-signature=whatever\r\nhello\r\n0;chunk-signature=whatever\r\n\r\n" : "hello";
        return new SigV4Verifier.SignedRequest("PUT", signed.request().encodedPath(), null, signed.request().headers(),
                body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsS3sPathSignedOnceWithAnUnsignedOrStreamedPayload() {
        var unsigned = s3PutObject(false, false);
        var streamed = s3PutObject(true, true);

        assertThat(unsigned.header("x-amz-content-sha256")).isEqualTo("UNSIGNED-PAYLOAD");
        assertThat(streamed.header("x-amz-content-sha256")).startsWith("STREAMING-AWS4-HMAC-SHA256-PAYLOAD");
        assertThat(verifier.verify(unsigned, SIGNED_AT).service()).isEqualTo("s3");
        assertThat(verifier.verify(streamed, SIGNED_AT).service()).isEqualTo("s3");
    }

    @Test
    void anUnsignedPayloadIsS3sAloneAndAnS3BodyWithItsHashMustMatchIt() {
        var unsigned = ecsListClusters("test");
        Map<String, List<String>> headers = new HashMap<>(unsigned.headers());
        headers.put("x-amz-content-sha256", List.of("UNSIGNED-PAYLOAD"));
        var claimed = new SigV4Verifier.SignedRequest(unsigned.method(), unsigned.rawPath(), unsigned.rawQuery(),
                headers, unsigned.body());
        var signedBody = s3PutObject(true, false);
        var tampered = new SigV4Verifier.SignedRequest("PUT", signedBody.rawPath(), null, signedBody.headers(),
                "HELLO".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> verifier.verify(claimed, SIGNED_AT)).hasMessage(SigV4Verifier.MISMATCH);
        assertThat(verifier.verify(signedBody, SIGNED_AT).service()).isEqualTo("s3");
        assertThatThrownBy(() -> verifier.verify(tampered, SIGNED_AT)).hasMessage(SigV4Verifier.MISMATCH);
    }

    @Test
    void foldsWhitespaceRunsInSignedHeaderValuesAsTheSdkDoes() {
        var folded = signedBySdk("test", SdkHttpMethod.POST, "http://127.0.0.1:4566/",
                Map.of("Content-Type", "application/x-amz-json-1.1",
                        "X-Amz-Target", "AmazonEC2ContainerServiceV20141113.ListClusters",
                        "X-Amz-Meta-Note", "  two  spaces,\ta tab and\u000b more  "), "{}", "ecs");
        assertThat(verifier.verify(folded, SIGNED_AT).service()).isEqualTo("ecs");
        Map<String, List<String>> headers = new HashMap<>(folded.headers());
        headers.put("X-Amz-Meta-Note", List.of("two spaces, a tab and more changed"));
        var changed = new SigV4Verifier.SignedRequest(folded.method(), folded.rawPath(), folded.rawQuery(), headers,
                folded.body());
        assertThatThrownBy(() -> verifier.verify(changed, SIGNED_AT)).isInstanceOf(SigV4Verifier.Refusal.class);
    }

    @Test
    void refusesAWrongSecretWithAwsMessage() {
        assertThatThrownBy(() -> verifier.verify(ecsListClusters("not-the-secret"), SIGNED_AT))
                .isInstanceOfSatisfying(SigV4Verifier.Refusal.class,
                        r -> assertThat(r.errorCode()).isEqualTo("InvalidSignatureException"))
                .hasMessage(SigV4Verifier.MISMATCH);
    }

    @Test
    void refusesATamperedBody() {
        var good = ecsListClusters("test");
        var tampered = new SigV4Verifier.SignedRequest(good.method(), good.rawPath(), good.rawQuery(), good.headers(),
                "{\"maxResults\":1}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> verifier.verify(tampered, SIGNED_AT)).hasMessage(SigV4Verifier.MISMATCH);
    }

    @Test
    void refusesASignatureOlderThanFiveMinutesOfWallTime() {
        assertThatThrownBy(() -> verifier.verify(ecsListClusters("test"), SIGNED_AT.plusSeconds(301)))
                .hasMessage("Signature expired: 20261125T100000Z is now earlier than 20261125T100001Z "
                        + "(20261125T100501Z - 5 min.)");
        assertThatThrownBy(() -> verifier.verify(ecsListClusters("test"), SIGNED_AT.minusSeconds(301)))
                .hasMessageStartingWith("Signature not yet current: 20261125T100000Z is still later than");
    }

    @Test
    void refusesAnUnknownKeyAndAMissingHeader() {
        assertThatThrownBy(() -> new SigV4Verifier("other", "test").verify(ecsListClusters("test"), SIGNED_AT))
                .isInstanceOfSatisfying(SigV4Verifier.Refusal.class,
                        r -> assertThat(r.errorCode()).isEqualTo("UnrecognizedClientException"));
        var unsigned = new SigV4Verifier.SignedRequest("POST", "/", null, Map.of("Host", List.of("x")), new byte[0]);
        assertThatThrownBy(() -> verifier.verify(unsigned, SIGNED_AT))
                .isInstanceOfSatisfying(SigV4Verifier.Refusal.class,
                        r -> assertThat(r.errorCode()).isEqualTo("MissingAuthenticationTokenException"));
    }

    @Test
    void aKeptSigningKeyStillRefusesAWrongSecretAndATamperedBody() {
        var good = ecsListClusters("test");
        verifier.verify(good, SIGNED_AT);
        assertThat(verifier.signingKeyCount()).isEqualTo(1);

        assertThatThrownBy(() -> verifier.verify(ecsListClusters("not-the-secret"), SIGNED_AT))
                .hasMessage(SigV4Verifier.MISMATCH);
        var tampered = new SigV4Verifier.SignedRequest(good.method(), good.rawPath(), good.rawQuery(), good.headers(),
                "{\"maxResults\":1}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> verifier.verify(tampered, SIGNED_AT)).hasMessage(SigV4Verifier.MISMATCH);
        assertThat(verifier.verify(good, SIGNED_AT).service()).isEqualTo("ecs");
    }

    @Test
    void signingKeysAreKeptOnlyForVerifiedSignaturesAndNeverMoreThanTheLimit() {
        for (int i = 0; i < 10; i++) {
            var wrongSecret = signedBySdk("not-the-secret", SdkHttpMethod.POST, "http://127.0.0.1:4566/", Map.of(),
                    "{}", "service" + i);
            assertThatThrownBy(() -> verifier.verify(wrongSecret, SIGNED_AT)).hasMessage(SigV4Verifier.MISMATCH);
        }
        assertThat(verifier.signingKeyCount()).isZero();

        for (int i = 0; i < SigV4Verifier.MAX_SIGNING_KEYS * 2 + 1; i++) {
            verifier.verify(signedBySdk("test", SdkHttpMethod.POST, "http://127.0.0.1:4566/", Map.of(), "{}",
                    "service" + i), SIGNED_AT);
            assertThat(verifier.signingKeyCount()).isBetween(1, SigV4Verifier.MAX_SIGNING_KEYS);
        }
    }
}
