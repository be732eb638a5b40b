package dev.berth.aws;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;
import software.amazon.awssdk.profiles.ProfileFileSupplier;

import java.net.URI;

/**
 * Where a connection goes and as whom. A profile of {@code ~/.aws/config} and {@code ~/.aws/credentials} is
 * resolved entirely by the SDK: its credentials (static keys, SSO, assume-role, credential process) by its own
 * providers, its {@code endpoint_url} by the clients built for it. Environment credentials come from
 * {@code AWS_ACCESS_KEY_ID} and friends. {@code endpointOverride} is only for a fixed endpoint such as
 * {@code berth serve}; null means the SDK chooses.
 *
 * @param profile the profile's name; null for environment credentials or a fixed endpoint
 */
public record AwsTarget(String profile, String region, URI endpointOverride, AwsCredentialsProvider credentials,
                        ProfileFileSupplier profileFile) {
    /** What the status bar and the settings call a connection without a profile. */
    public static final String ENVIRONMENT = "environment";

    /** A named profile; the files are read where the SDK reads them ({@code aws.configFile} and friends honoured). */
    public static AwsTarget profile(String name, String region) {
        ProfileFileSupplier files = ProfileFileSupplier.defaultSupplier();
        return new AwsTarget(name, region, null,
                ProfileCredentialsProvider.builder().profileFile(files).profileName(name).build(), files);
    }

    /** Credentials from the environment variables. */
    public static AwsTarget environment(String region) {
        return new AwsTarget(null, region, null, EnvironmentVariableCredentialsProvider.create(),
                ProfileFileSupplier.fixedProfileFile(ProfileFile.aggregator().build()));
    }

    /** A fixed endpoint with static keys, e.g. {@code berth serve} on loopback. */
    public static AwsTarget endpoint(URI endpoint, String region, String accessKeyId, String secretAccessKey) {
        return new AwsTarget(null, region, endpoint,
                StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey)),
                ProfileFileSupplier.fixedProfileFile(ProfileFile.aggregator().build()));
    }

    /** The profile's name, or {@value #ENVIRONMENT}. */
    public String displayName() {
        return profile != null ? profile : endpointOverride != null ? endpointOverride.getAuthority() : ENVIRONMENT;
    }

    /**
     * Whether calls go to an endpoint of the user's (a fixed one, or the profile's {@code endpoint_url}) rather than
     * AWS's: such endpoints (berth serve, LocalStack) address S3 buckets by path, not by host name.
     */
    boolean customEndpoint() {
        return endpointOverride != null || profile != null && profileFile.get().profile(profile)
                .flatMap(p -> p.property(ProfileProperty.ENDPOINT_URL)).isPresent();
    }

    @Override
    public String toString() {
        // The credentials provider stays out of any text: it may hold keys.
        return "AwsTarget[" + displayName() + ", " + region + "]";
    }
}
