package dev.berth.core.model;

import java.util.List;

/** CreateAccessPoint: the client token makes it idempotent; the Name tag names the access point. */
public record CreateAccessPointRequest(String clientToken, List<Tag> tags, String fileSystemId, PosixUser posixUser,
                                       RootDirectory rootDirectory) {
    public CreateAccessPointRequest {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
