package dev.berth.contract;

import dev.berth.core.gateway.S3Gateway;
import dev.berth.core.model.Bucket;
import dev.berth.core.model.S3Object;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.DemoWorld;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every S3 backend must do with the event flows' buckets and objects, with S3's error codes and messages: run
 * by {@link SimS3GatewayTest} against the simulator's own gateway and by {@link AwsS3GatewayTest} against the AWS
 * SDK gateway talking restXml (path-style) to the simulator's endpoint.
 */
abstract class S3GatewayContract {
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    /** The gateway under test over {@code simulator}. */
    protected abstract S3Gateway backend(Simulator simulator);

    private static Simulator world() {
        return Simulator.create(WorldSettings.of("s3-contract", 5, START), CommandJournal.none());
    }

    @Test
    void bucketsAreCreatedAndListedByName() {
        S3Gateway s3 = backend(world());

        s3.createBucket("uploads");
        s3.createBucket("quiet");

        assertThat(s3.listBuckets()).containsExactly(new Bucket("quiet", START), new Bucket("uploads", START));
        assertThat(s3.listObjects("uploads")).isEmpty();
    }

    @Test
    void theNotificationConfigurationTurnsEventBridgeOnAndOff() {
        S3Gateway s3 = backend(world());
        s3.createBucket("uploads");

        assertThat(s3.getBucketNotificationConfiguration("uploads")).isFalse();
        s3.putBucketNotificationConfiguration("uploads", true);
        assertThat(s3.getBucketNotificationConfiguration("uploads")).isTrue();
        s3.putBucketNotificationConfiguration("uploads", false);
        assertThat(s3.getBucketNotificationConfiguration("uploads")).isFalse();
    }

    @Test
    void anObjectIsPutWithItsSizeAndListedByKey() {
        S3Gateway s3 = backend(world());
        s3.createBucket("uploads");

        S3Object put = s3.putObject("uploads", "incoming/my photo é+1.jpg", 184_662);
        s3.putObject("uploads", "archive/old.jpg", 0);

        assertThat(put.key()).isEqualTo("incoming/my photo é+1.jpg");
        assertThat(put.size()).isEqualTo(184_662);
        assertThat(put.eTag()).matches("\"[0-9a-f]{32}\"");
        assertThat(s3.listObjects("uploads")).extracting(o -> o.key() + " " + o.size())
                .containsExactly("archive/old.jpg 0", "incoming/my photo é+1.jpg 184662");
        assertThat(s3.listObjects("uploads").get(1)).isEqualTo(new S3Object(put.key(), 184_662, put.eTag(), START));
    }

    @Test
    void everyObjectIsListedPastTheThousandOfOnePage() {
        Simulator simulator = world();
        S3Gateway s3 = backend(simulator);
        simulator.s3().createBucket("uploads");
        for (int i = 0; i < 1001; i++) {
            simulator.s3().putObject("uploads", String.format("incoming/%04d.csv", i), i);
        }

        assertThat(s3.listObjects("uploads")).hasSize(1001).last()
                .satisfies(o -> assertThat(o.key() + " " + o.size()).isEqualTo("incoming/1000.csv 1000"));
    }

    @Test
    void aMissingBucketIsNoSuchBucketAndATakenNameIsOwnedAlready() {
        S3Gateway s3 = backend(world());
        s3.createBucket("uploads");

        assertRefused(() -> s3.listObjects("missing"), "NoSuchBucket",
                "The specified bucket does not exist: missing");
        assertRefused(() -> s3.putObject("missing", "a.txt", 1), "NoSuchBucket",
                "The specified bucket does not exist: missing");
        assertRefused(() -> s3.getBucketNotificationConfiguration("missing"), "NoSuchBucket",
                "The specified bucket does not exist: missing");
        assertRefused(() -> s3.createBucket("uploads"), "BucketAlreadyOwnedByYou", "Your previous request to "
                + "create the named bucket succeeded and you already own it.");
    }

    @Test
    void anUploadToABucketThatSendsToEventBridgeRunsTheFlow() {
        Simulator simulator = world();
        DemoWorld.populate(simulator);
        S3Gateway s3 = backend(simulator);

        s3.putObject(DemoWorld.BUCKET, "incoming/invoice-42.pdf", 52_000);
        simulator.advanceBy(Duration.ofMinutes(3));

        assertThat(simulator.events().listRuleInvocations("object-uploaded")).hasSize(1);
        assertThat(simulator.dynamoDb().scan(DemoWorld.TABLE)).singleElement().satisfies(item ->
                assertThat(item).containsEntry("OBJECT_KEY", "incoming/invoice-42.pdf"));
    }
}
