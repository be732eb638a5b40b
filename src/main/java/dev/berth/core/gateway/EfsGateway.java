package dev.berth.core.gateway;

import dev.berth.core.model.CreateFileSystemRequest;
import dev.berth.core.model.FileSystemDescription;
import dev.berth.core.model.MountTargetDescription;
import dev.berth.core.model.Page;

/**
 * Amazon Elastic File System, as far as ECS volumes need it: file systems and their mount targets, one per
 * Availability Zone. One method per API operation; errors carry EFS's codes ({@code FileSystemNotFound},
 * {@code MountTargetNotFound}, {@code MountTargetConflict}, {@code FileSystemAlreadyExists}, {@code BadRequest}).
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
}
