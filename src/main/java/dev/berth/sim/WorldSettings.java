package dev.berth.sim;

import java.time.Instant;
import java.util.Objects;

/**
 * What makes one simulated world: its name, the seed of its one random stream, the virtual time it starts at, and
 * the region and account its ARNs carry. Same settings and same commands give the same history.
 */
public record WorldSettings(String name, long seed, Instant start, String region, String accountId) {
    public static final String DEFAULT_REGION = "us-east-1";
    public static final String DEFAULT_ACCOUNT_ID = "123456789012";

    public WorldSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        region = region == null ? DEFAULT_REGION : region;
        accountId = accountId == null ? DEFAULT_ACCOUNT_ID : accountId;
    }

    /** A world in {@value #DEFAULT_REGION} under account {@value #DEFAULT_ACCOUNT_ID}. */
    public static WorldSettings of(String name, long seed, Instant start) {
        return new WorldSettings(name, seed, start, DEFAULT_REGION, DEFAULT_ACCOUNT_ID);
    }
}
