package dev.berth.aws;

import dev.berth.core.gateway.S3Gateway;
import dev.berth.core.model.Bucket;
import dev.berth.core.model.Page;
import dev.berth.core.model.S3Object;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.EventBridgeConfiguration;
import software.amazon.awssdk.services.s3.model.GetBucketNotificationConfigurationResponse;
import software.amazon.awssdk.services.s3.model.ListBucketsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NotificationConfiguration;

import java.util.List;

import static dev.berth.aws.EcsShapes.map;

/**
 * Amazon S3 through the SDK, as far as the event flows go. Lists follow their continuation tokens to the end, a call
 * per page. Against a custom endpoint the client addresses buckets by path ({@code /bucket/key}).
 */
public final class AwsS3Gateway implements S3Gateway {
    /** The one region whose CreateBucket takes no LocationConstraint (and refuses one). */
    private static final String US_EAST_1 = "us-east-1";

    private final S3Client s3;
    private final SdkCalls calls;
    private final String region;

    AwsS3Gateway(S3Client s3, SdkCalls calls, String region) {
        this.s3 = s3;
        this.calls = calls;
        this.region = region;
    }

    @Override
    public void createBucket(String bucket) {
        calls.write("CreateBucket", () -> s3.createBucket(r -> {
            r.bucket(bucket);
            if (!US_EAST_1.equals(region)) {
                r.createBucketConfiguration(c -> c.locationConstraint(region));
            }
        }));
    }

    /**
     * PutBucketNotificationConfiguration replaces the whole configuration: the current one is read first so that
     * the bucket's topic, queue and function notifications survive the change of its EventBridge switch.
     */
    @Override
    public void putBucketNotificationConfiguration(String bucket, boolean eventBridgeEnabled) {
        calls.write("PutBucketNotificationConfiguration", () -> {
            GetBucketNotificationConfigurationResponse current =
                    s3.getBucketNotificationConfiguration(r -> r.bucket(bucket));
            NotificationConfiguration next = NotificationConfiguration.builder()
                    .topicConfigurations(current.topicConfigurations())
                    .queueConfigurations(current.queueConfigurations())
                    .lambdaFunctionConfigurations(current.lambdaFunctionConfigurations())
                    .eventBridgeConfiguration(eventBridgeEnabled ? EventBridgeConfiguration.builder().build() : null)
                    .build();
            return s3.putBucketNotificationConfiguration(r -> r.bucket(bucket).notificationConfiguration(next));
        });
    }

    @Override
    public boolean getBucketNotificationConfiguration(String bucket) {
        return calls.read("GetBucketNotificationConfiguration", () ->
                s3.getBucketNotificationConfiguration(r -> r.bucket(bucket)).eventBridgeConfiguration() != null);
    }

    @Override
    public List<Bucket> listBuckets() {
        return calls.read("ListBuckets", () -> Page.all(token -> {
            ListBucketsResponse page = s3.listBuckets(r -> r.continuationToken(token));
            return new Page<>(map(page.buckets(), b -> new Bucket(b.name(), b.creationDate())),
                    page.continuationToken());
        }));
    }

    @Override
    public List<S3Object> listObjects(String bucket) {
        return calls.read("ListObjectsV2", () -> Page.all(token -> {
            ListObjectsV2Response page = s3.listObjectsV2(r -> r.bucket(bucket).continuationToken(token));
            return new Page<>(map(page.contents(), o -> new S3Object(o.key(), o.size(), o.eTag(), o.lastModified())),
                    Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null);
        }));
    }

    /** The object holds {@code size} zero bytes: Berth uploads to start a flow, not to store anything. */
    @Override
    public S3Object putObject(String bucket, String key, long size) {
        return calls.write("PutObject", () -> new S3Object(key, size, s3.putObject(r -> r.bucket(bucket).key(key),
                RequestBody.fromBytes(new byte[Math.toIntExact(size)])).eTag(), null));
    }
}
