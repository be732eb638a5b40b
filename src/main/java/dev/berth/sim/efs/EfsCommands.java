package dev.berth.sim.efs;

import dev.berth.core.model.AccessPointDescription;
import dev.berth.core.model.CreateAccessPointRequest;
import dev.berth.core.model.CreateFileSystemRequest;
import dev.berth.core.model.FileSystemDescription;
import dev.berth.core.model.MountTargetDescription;

/** The journaled EFS operations, one record each, applied to an {@link EfsWorld}. */
public final class EfsCommands {

    private EfsCommands() {
    }

    public record CreateFileSystem(CreateFileSystemRequest request) implements EfsCommand<FileSystemDescription> {
        @Override
        public FileSystemDescription applyTo(EfsWorld efs) {
            return efs.createFileSystem(request);
        }
    }

    public record CreateMountTarget(String fileSystemId, String subnetId)
            implements EfsCommand<MountTargetDescription> {
        @Override
        public MountTargetDescription applyTo(EfsWorld efs) {
            return efs.createMountTarget(fileSystemId, subnetId);
        }
    }

    public record CreateAccessPoint(CreateAccessPointRequest request) implements EfsCommand<AccessPointDescription> {
        @Override
        public AccessPointDescription applyTo(EfsWorld efs) {
            return efs.createAccessPoint(request);
        }
    }

    public record DeleteAccessPoint(String accessPointId) implements EfsCommand<Void> {
        @Override
        public Void applyTo(EfsWorld efs) {
            return efs.deleteAccessPoint(accessPointId);
        }
    }
}
