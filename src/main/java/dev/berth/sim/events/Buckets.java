package dev.berth.sim.events;

import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.Bucket;
import dev.berth.core.model.S3Object;
import dev.berth.sim.SimContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The simulated S3, as far as EventBridge flows need it: buckets, and objects recorded by key, size and time (no
 * content). A bucket sends "Object Created" to EventBridge once its notification configuration turns that on.
 */
final class Buckets {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final int MAX_KEY = 1024;

    private final SimContext context;
    private final Map<String, BucketState> buckets = new TreeMap<>();

    Buckets(SimContext context) {
        this.context = context;
    }

    void create(String name) {
        if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
            throw GatewayException.client("InvalidBucketName", "The specified bucket is not valid.");
        }
        if (buckets.containsKey(name)) {
            throw GatewayException.client("BucketAlreadyOwnedByYou", "Your previous request to create the named "
                    + "bucket succeeded and you already own it.");
        }
        buckets.put(name, new BucketState(context.now()));
    }

    void sendToEventBridge(String name, boolean enabled) {
        existing(name).eventBridge = enabled;
    }

    boolean sendsToEventBridge(String name) {
        return existing(name).eventBridge;
    }

    /** Records the object; answers true when the bucket sends its events to EventBridge. */
    boolean put(String name, S3Object object) {
        BucketState bucket = existing(name);
        if (object.key() == null || object.key().isEmpty() || object.key().length() > MAX_KEY) {
            throw GatewayException.client("KeyTooLongError", "Your key is too long");
        }
        bucket.objects.put(object.key(), object);
        return bucket.eventBridge;
    }

    List<Bucket> list() {
        List<Bucket> all = new ArrayList<>();
        buckets.forEach((name, state) -> all.add(new Bucket(name, state.created)));
        return all;
    }

    /** ListObjectsV2 order: by key. */
    List<S3Object> objects(String name) {
        return List.copyOf(existing(name).objects.values());
    }

    private BucketState existing(String name) {
        BucketState bucket = name == null ? null : buckets.get(name);
        if (bucket == null) {
            throw EventsErrors.noBucket(name);
        }
        return bucket;
    }

    private static final class BucketState {
        final Instant created;
        final Map<String, S3Object> objects = new TreeMap<>();
        boolean eventBridge;

        BucketState(Instant created) {
            this.created = created;
        }
    }
}
