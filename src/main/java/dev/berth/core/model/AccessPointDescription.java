package dev.berth.core.model;

import java.util.List;

/** An EFS access point ({@code fsap-...}) as DescribeAccessPoints answers it; {@code name} is its Name tag. */
public record AccessPointDescription(String clientToken, String name, List<Tag> tags, String accessPointId,
                                     String accessPointArn, String fileSystemId, PosixUser posixUser,
                                     RootDirectory rootDirectory, String ownerId, String lifeCycleState) {
    public AccessPointDescription {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
