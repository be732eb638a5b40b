package dev.berth.ui.efs;

import dev.berth.core.model.AccessPointDescription;
import dev.berth.core.model.FileSystemDescription;
import dev.berth.core.model.MountTargetDescription;

import java.util.List;

/**
 * A line of the File systems tab: an EFS file system, its mount targets, one per Availability Zone, and its access
 * points.
 */
record FileSystem(FileSystemDescription description, List<MountTargetDescription> mountTargets,
                  List<AccessPointDescription> accessPoints) {
    FileSystem {
        mountTargets = List.copyOf(mountTargets);
        accessPoints = List.copyOf(accessPoints);
    }
}
