package dev.berth.sim.events;

import dev.berth.core.model.S3Object;

/** S3 PutObject of {@code size} bytes (simulated: no content is kept). */
public record PutObjectCommand(String bucket, String key, long size) implements EventsCommand<S3Object> {
    @Override
    public S3Object applyTo(EventsWorld events) {
        return events.putObject(bucket, key, size);
    }
}
