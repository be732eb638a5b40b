package dev.berth.contract;

import dev.berth.core.gateway.S3Gateway;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static dev.berth.sim.EcsFixture.assertRefused;

/**
 * The S3 contract against the simulator's own gateway, which also checks bucket names (the SDK refuses an invalid
 * one before sending it).
 */
class SimS3GatewayTest extends S3GatewayContract {

    @Override
    protected S3Gateway backend(Simulator simulator) {
        return simulator.s3();
    }

    @Test
    void aBucketNameS3DoesNotAllowIsInvalid() {
        S3Gateway s3 = backend(Simulator.create(WorldSettings.of("s3", 5, Instant.parse("2026-03-02T09:00:00Z")),
                CommandJournal.none()));

        assertRefused(() -> s3.createBucket("ab"), "InvalidBucketName", "The specified bucket is not valid.");
        assertRefused(() -> s3.createBucket("Uploads"), "InvalidBucketName", "The specified bucket is not valid.");
    }
}
