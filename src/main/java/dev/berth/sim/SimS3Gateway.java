package dev.berth.sim;

import dev.berth.core.gateway.S3Gateway;
import dev.berth.core.model.Bucket;
import dev.berth.core.model.S3Object;
import dev.berth.sim.events.CreateBucketCommand;
import dev.berth.sim.events.PutBucketNotificationCommand;
import dev.berth.sim.events.PutObjectCommand;

import java.util.List;

/**
 * The simulator behind {@link S3Gateway}: its buckets live in the EventBridge engine, whose rules their uploads
 * trigger; changes become journaled commands, reads look at the world.
 */
final class SimS3Gateway implements S3Gateway {
    private final Simulator simulator;

    SimS3Gateway(Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public void createBucket(String bucket) {
        simulator.execute(new CreateBucketCommand(bucket));
    }

    @Override
    public void putBucketNotificationConfiguration(String bucket, boolean eventBridgeEnabled) {
        simulator.execute(new PutBucketNotificationCommand(bucket, eventBridgeEnabled));
    }

    @Override
    public boolean getBucketNotificationConfiguration(String bucket) {
        return simulator.readEvents(e -> e.getBucketNotificationConfiguration(bucket));
    }

    @Override
    public List<Bucket> listBuckets() {
        return simulator.readEvents(e -> e.listBuckets());
    }

    @Override
    public List<S3Object> listObjects(String bucket) {
        return simulator.readEvents(e -> e.listObjects(bucket));
    }

    @Override
    public S3Object putObject(String bucket, String key, long size) {
        return simulator.execute(new PutObjectCommand(bucket, key, size));
    }
}
