package dev.berth.sim;

import dev.berth.core.gateway.EfsGateway;
import dev.berth.core.model.AccessPointDescription;
import dev.berth.core.model.CreateAccessPointRequest;
import dev.berth.core.model.CreateFileSystemRequest;
import dev.berth.core.model.FileSystemDescription;
import dev.berth.core.model.MountTargetDescription;
import dev.berth.core.model.Page;
import dev.berth.sim.efs.EfsCommands;

/** The simulator behind {@link EfsGateway}: changes become journaled commands, reads look at the world directly. */
final class SimEfsGateway implements EfsGateway {
    private final Simulator simulator;

    SimEfsGateway(Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public FileSystemDescription createFileSystem(CreateFileSystemRequest request) {
        return simulator.execute(new EfsCommands.CreateFileSystem(request));
    }

    @Override
    public Page<FileSystemDescription> describeFileSystems(String fileSystemId, String marker, Integer maxItems) {
        return simulator.readEfs(efs -> efs.describeFileSystems(fileSystemId, marker, maxItems));
    }

    @Override
    public MountTargetDescription createMountTarget(String fileSystemId, String subnetId) {
        return simulator.execute(new EfsCommands.CreateMountTarget(fileSystemId, subnetId));
    }

    @Override
    public Page<MountTargetDescription> describeMountTargets(String fileSystemId, String mountTargetId,
                                                             String marker, Integer maxItems) {
        return simulator.readEfs(efs -> efs.describeMountTargets(fileSystemId, mountTargetId, marker, maxItems));
    }

    @Override
    public AccessPointDescription createAccessPoint(CreateAccessPointRequest request) {
        return simulator.execute(new EfsCommands.CreateAccessPoint(request));
    }

    @Override
    public Page<AccessPointDescription> describeAccessPoints(String accessPointId, String fileSystemId,
                                                             String nextToken, Integer maxResults) {
        return simulator.readEfs(efs -> efs.describeAccessPoints(accessPointId, fileSystemId, nextToken,
                maxResults));
    }

    @Override
    public void deleteAccessPoint(String accessPointId) {
        simulator.execute(new EfsCommands.DeleteAccessPoint(accessPointId));
    }
}
