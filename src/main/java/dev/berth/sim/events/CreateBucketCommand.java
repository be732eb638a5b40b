package dev.berth.sim.events;

/** S3 CreateBucket. */
public record CreateBucketCommand(String bucket) implements EventsCommand<Void> {
    @Override
    public Void applyTo(EventsWorld events) {
        return events.createBucket(bucket);
    }
}
