package dev.berth.ui.efs;

import dev.berth.core.model.FileSystemDescription;
import dev.berth.core.model.MountTargetDescription;

import java.util.List;

/** A line of the File systems tab: an EFS file system and its mount targets, one per Availability Zone. */
record FileSystem(FileSystemDescription description, List<MountTargetDescription> mountTargets) {
    FileSystem {
        mountTargets = List.copyOf(mountTargets);
    }
}
