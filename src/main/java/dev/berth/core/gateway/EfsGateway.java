package dev.berth.core.gateway;

import dev.berth.core.model.AccessPointDescription;
import dev.berth.core.model.CreateAccessPointRequest;
import dev.berth.core.model.CreateFileSystemRequest;
import dev.berth.core.model.FileSystemDescription;
import dev.berth.core.model.MountTargetDescription;
import dev.berth.core.model.Page;

/**
 * Amazon Elastic File System, as far as ECS volumes need it: file systems, their mount targets, one per
 * Availability Zone, and their access points. One method per API operation; errors carry EFS's codes
 * ({@code FileSystemNotFound}, {@code MountTargetNotFound}, {@code MountTargetConflict},
 * {@code FileSystemAlreadyExists}, {@code AccessPointNotFound}, {@code BadRequest}).
 */
public interface EfsGateway {

    /** Idempotent for a creation token already used: FileSystemAlreadyExists. A new file system starts creating. */
    FileSystemDescription createFileSystem(CreateFileSystemRequest request);

    /** One file system by id, or all (a page; {@code marker} from the previous one). */
    Page<FileSystemDescription> describeFileSystems(String fileSystemId, String marker, Integer maxItems);

    /** One mount target per Availability Zone; a second in the same zone is MountTargetConflict. */
    MountTargetDescription createMountTarget(String fileSystemId, String subnetId);

    /** The file system's mount targets, or the one {@code mountTargetId} names. */
    Page<MountTargetDescription> describeMountTargets(String fileSystemId, String mountTargetId, String marker,
                                                      Integer maxItems);

    /**
     * An access point of an available file system; the same client token again answers AccessPointAlreadyExists, and
     * a file system has at most 10,000 (AccessPointLimitExceeded).
     */
    AccessPointDescription createAccessPoint(CreateAccessPointRequest request);

    /** The file system's access points, or the one {@code accessPointId} names (a page; NextToken and MaxResults). */
    Page<AccessPointDescription> describeAccessPoints(String accessPointId, String fileSystemId, String nextToken,
                                                      Integer maxResults);

    void deleteAccessPoint(String accessPointId);
}
