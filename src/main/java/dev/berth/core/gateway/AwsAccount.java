package dev.berth.core.gateway;

/**
 * A connection to a real AWS account: which profile and region, which account, and whether Berth may change
 * anything. It starts read-only; while writes are off every write operation is refused by the gateway itself
 * (error code {@value #READ_ONLY}), before anything is sent.
 */
public interface AwsAccount {
    /** The error code of a write refused because the connection is read-only. */
    String READ_ONLY = "ReadOnlyConnection";
    /** The error code when the SDK's providers found no usable credentials (no keys, SSO session expired). */
    String CREDENTIALS_UNAVAILABLE = "CredentialsUnavailable";
    /** The error code when AWS could not be reached (no network, name not resolving, timeouts). */
    String NETWORK_UNAVAILABLE = "NetworkUnavailable";
    /** The error code when the region does not offer the service. */
    String SERVICE_NOT_IN_REGION = "ServiceNotInRegion";

    /** The profile's name, or {@code environment} for credentials from environment variables. */
    String profile();

    String region();

    /** The account id, from STS GetCallerIdentity (asked once, then remembered): a network call, never on the FX thread. */
    String accountId();

    boolean writesAllowed();

    void allowWrites(boolean allowed);
}
