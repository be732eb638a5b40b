package dev.berth.aws;

import dev.berth.core.gateway.ApiCalls;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.regions.Region;

import java.time.Duration;

/**
 * What every SDK client of one connection shares: one HTTP client, the credentials, region and profile (whose
 * {@code endpoint_url} the SDK honours), the SDK's adaptive retry mode (which also slows the client down while AWS
 * throttles), timeouts, and the counter of calls. A new service's client is one {@link #build} away.
 */
final class SdkClients implements AutoCloseable {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(20);
    /** One attempt; a refresh never hangs on a dead connection. */
    static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(20);
    /** All attempts of one call together, retries and their back-off included. */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    private final AwsTarget target;
    private final ApiCalls calls;
    private final SdkHttpClient http = UrlConnectionHttpClient.builder()
            .connectionTimeout(CONNECT_TIMEOUT)
            .socketTimeout(READ_TIMEOUT)
            .build();

    SdkClients(AwsTarget target, ApiCalls calls) {
        this.target = target;
        this.calls = calls;
    }

    /** A client of {@code builder}'s service on this connection. */
    <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C> C build(B builder) {
        ClientOverrideConfiguration.Builder overrides = ClientOverrideConfiguration.builder()
                .retryStrategy(RetryMode.ADAPTIVE_V2)
                .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
                .apiCallTimeout(CALL_TIMEOUT)
                .defaultProfileFileSupplier(target.profileFile())
                .addExecutionInterceptor(new Counting(calls));
        if (target.profile() != null) {
            overrides.defaultProfileName(target.profile());
        }
        builder.httpClient(http)
                .region(Region.of(target.region()))
                .credentialsProvider(target.credentials())
                .overrideConfiguration(overrides.build());
        if (target.endpointOverride() != null) {
            builder.endpointOverride(target.endpointOverride());
        }
        return builder.build();
    }

    AwsTarget target() {
        return target;
    }

    @Override
    public void close() {
        http.close();
    }

    /** Counts each operation once, each HTTP attempt (retries included), and each call that ended throttled. */
    private record Counting(ApiCalls calls) implements ExecutionInterceptor {
        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            calls.called(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
        }

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            calls.attempted();
        }

        @Override
        public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
            if (context.exception() instanceof AwsServiceException e && e.isThrottlingException()) {
                calls.throttled();
            }
        }
    }
}
