package dev.berth.core.model;

import java.time.Instant;
import java.util.List;

/**
 * An Amazon EFS file system as DescribeFileSystems shows it. {@code lifeCycleState} creating, available, updating,
 * deleting, deleted or error; {@code name} is the value of its {@code Name} tag.
 */
public record FileSystemDescription(String ownerId, String creationToken, String fileSystemId, String fileSystemArn,
                                    Instant creationTime, String lifeCycleState, String name,
                                    int numberOfMountTargets, String performanceMode, String throughputMode,
                                    boolean encrypted, List<Tag> tags) {
    public FileSystemDescription {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
