package dev.berth.bench;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecs.EcsClient;

import java.net.URI;
import java.time.Duration;

/** SDK ECS clients for the endpoint benches. */
final class BenchEcsClients {

    private BenchEcsClients() {
    }

    /**
     * A client of a local endpoint with its default credentials and no retries: every call the benches count is one
     * HTTP exchange, so a failure shows as an error and an acknowledged write is one request that got HTTP 200.
     */
    static EcsClient create(URI endpoint, SdkHttpClient http) {
        return EcsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(http)
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(Duration.ofSeconds(30)))
                .build();
    }
}
