package dev.berth.sim.events;

/** S3 PutBucketNotificationConfiguration, reduced to its EventBridgeConfiguration. */
public record PutBucketNotificationCommand(String bucket, boolean eventBridgeEnabled) implements EventsCommand<Void> {
    @Override
    public Void applyTo(EventsWorld events) {
        return events.putBucketNotificationConfiguration(bucket, eventBridgeEnabled);
    }
}
