package dev.berth.core.model;

import java.util.List;

/** CreateFileSystem: the creation token makes it idempotent; performance mode generalPurpose or maxIO. */
public record CreateFileSystemRequest(String creationToken, String performanceMode, String throughputMode,
                                      Boolean encrypted, List<Tag> tags) {
    public CreateFileSystemRequest {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** What the console creates: general purpose, elastic throughput, encrypted, with a Name tag. */
    public static CreateFileSystemRequest named(String creationToken, String name) {
        return new CreateFileSystemRequest(creationToken, "generalPurpose", "elastic", true,
                List.of(new Tag("Name", name)));
    }
}
