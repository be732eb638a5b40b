package dev.berth.core.gateway;

import dev.berth.core.model.Bucket;
import dev.berth.core.model.S3Object;

import java.util.List;

/**
 * The little of Amazon S3 the event flows need: buckets that send events to EventBridge when an object is uploaded,
 * and their objects. One method per AWS operation.
 */
public interface S3Gateway {

    void createBucket(String bucket);

    /**
     * PutBucketNotificationConfiguration, as far as its EventBridgeConfiguration goes: the bucket's other
     * notifications (topics, queues, functions) are kept.
     */
    void putBucketNotificationConfiguration(String bucket, boolean eventBridgeEnabled);

    /** GetBucketNotificationConfiguration: whether the bucket sends its events to EventBridge. */
    boolean getBucketNotificationConfiguration(String bucket);

    List<Bucket> listBuckets();

    /** ListObjectsV2, every object of the bucket by key. */
    List<S3Object> listObjects(String bucket);

    /**
     * PutObject of an object of {@code size} bytes; on the simulator "Upload object", with no content. AWS answers
     * no LastModified to a PutObject, so the answer has none there.
     */
    S3Object putObject(String bucket, String key, long size);
}
