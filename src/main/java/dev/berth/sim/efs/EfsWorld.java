package dev.berth.sim.efs;

import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.CreateFileSystemRequest;
import dev.berth.core.model.FileSystemDescription;
import dev.berth.core.model.MountTargetDescription;
import dev.berth.core.model.Page;
import dev.berth.core.model.Tag;
import dev.berth.sim.AvailabilityZones;
import dev.berth.sim.MarkerPages;
import dev.berth.sim.SimContext;
import dev.berth.sim.ecs.FileSystems;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The simulated Amazon EFS of one world: file systems, each reachable in an Availability Zone once it has an
 * available mount target there. A file system is available a few seconds after CreateFileSystem; a mount target
 * about a minute and a half after CreateMountTarget, as on AWS. ECS asks it, as {@link FileSystems}, whether a task
 * in a zone can mount a file system.
 */
public final class EfsWorld implements FileSystems {
    private static final Duration FILE_SYSTEM_READY = Duration.ofSeconds(5);
    private static final Duration MOUNT_TARGET_READY = Duration.ofSeconds(90);
    private static final Set<String> PERFORMANCE_MODES = Set.of("generalPurpose", "maxIO");
    private static final Set<String> THROUGHPUT_MODES = Set.of("bursting", "provisioned", "elastic");
    private static final String VPC = "vpc-0e5c3b2a1d4f6a789";

    private static final class FileSystemState {
        final String id;
        final String arn;
        final CreateFileSystemRequest request;
        final Instant creationTime;
        final List<MountTargetState> mountTargets = new ArrayList<>();
        String lifeCycleState = "creating";

        FileSystemState(String id, String arn, CreateFileSystemRequest request, Instant creationTime) {
            this.id = id;
            this.arn = arn;
            this.request = request;
            this.creationTime = creationTime;
        }
    }

    private static final class MountTargetState {
        final String id;
        final String subnetId;
        final String zone;
        final String ipAddress;
        final String networkInterfaceId;
        String lifeCycleState = "creating";

        MountTargetState(String id, String subnetId, String zone, String ipAddress, String networkInterfaceId) {
            this.id = id;
            this.subnetId = subnetId;
            this.zone = zone;
            this.ipAddress = ipAddress;
            this.networkInterfaceId = networkInterfaceId;
        }
    }

    private final SimContext context;
    private final Map<String, FileSystemState> fileSystems = new LinkedHashMap<>();

    public EfsWorld(SimContext context) {
        this.context = context;
    }

    public FileSystemDescription createFileSystem(CreateFileSystemRequest request) {
        String token = request.creationToken();
        if (token == null || token.isEmpty() || token.length() > 64) {
            throw badRequest("CreationToken must be 1 to 64 characters.");
        }
        if (request.performanceMode() != null && !PERFORMANCE_MODES.contains(request.performanceMode())) {
            throw badRequest("Invalid PerformanceMode: " + request.performanceMode());
        }
        if (request.throughputMode() != null && !THROUGHPUT_MODES.contains(request.throughputMode())) {
            throw badRequest("Invalid ThroughputMode: " + request.throughputMode());
        }
        for (FileSystemState existing : fileSystems.values()) {
            if (existing.request.creationToken().equals(token)) {
                throw GatewayException.client("FileSystemAlreadyExists", "File system '" + existing.id
                        + "' already exists with creation token '" + token + "'");
            }
        }
        String id = "fs-0" + context.random().hex(16);
        String arn = "arn:aws:elasticfilesystem:" + context.settings().region() + ":"
                + context.settings().accountId() + ":file-system/" + id;
        FileSystemState state = new FileSystemState(id, arn, request, context.now());
        fileSystems.put(id, state);
        context.schedule(context.nowMillis() + FILE_SYSTEM_READY.toMillis(), () -> state.lifeCycleState = "available");
        return describe(state);
    }

    public Page<FileSystemDescription> describeFileSystems(String fileSystemId, String marker, Integer maxItems) {
        if (fileSystemId != null) {
            return new Page<>(List.of(describe(fileSystem(fileSystemId))), null);
        }
        return page(fileSystems.values().stream().map(this::describe).toList(), marker, maxItems);
    }

    public MountTargetDescription createMountTarget(String fileSystemId, String subnetId) {
        FileSystemState fileSystem = fileSystem(fileSystemId);
        if (subnetId == null || !subnetId.startsWith("subnet-")) {
            throw GatewayException.client("SubnetNotFound", "The subnet ID '" + subnetId + "' does not exist");
        }
        if (!"available".equals(fileSystem.lifeCycleState)) {
            throw GatewayException.client("IncorrectFileSystemLifeCycleState", "File system '" + fileSystemId
                    + "' is in '" + fileSystem.lifeCycleState + "' life cycle state");
        }
        String zone = AvailabilityZones.ofSubnet(context.settings().region(), subnetId);
        if (fileSystem.mountTargets.stream().anyMatch(m -> m.zone.equals(zone))) {
            throw GatewayException.client("MountTargetConflict", "mount target already exists in this AZ");
        }
        String ip = "172.31." + context.random().nextInt(256) + "." + (4 + context.random().nextInt(250));
        MountTargetState target = new MountTargetState("fsmt-0" + context.random().hex(16), subnetId, zone, ip,
                "eni-0" + context.random().hex(16));
        fileSystem.mountTargets.add(target);
        context.schedule(context.nowMillis() + MOUNT_TARGET_READY.toMillis(),
                () -> target.lifeCycleState = "available");
        return describe(fileSystem, target);
    }

    public Page<MountTargetDescription> describeMountTargets(String fileSystemId, String mountTargetId,
                                                             String marker, Integer maxItems) {
        if (mountTargetId != null) {
            for (FileSystemState fileSystem : fileSystems.values()) {
                for (MountTargetState target : fileSystem.mountTargets) {
                    if (target.id.equals(mountTargetId)) {
                        return new Page<>(List.of(describe(fileSystem, target)), null);
                    }
                }
            }
            throw GatewayException.client("MountTargetNotFound", "Mount target '" + mountTargetId
                    + "' does not exist.");
        }
        if (fileSystemId == null) {
            throw badRequest("Either FileSystemId, MountTargetId or AccessPointId must be specified.");
        }
        FileSystemState fileSystem = fileSystem(fileSystemId);
        return page(fileSystem.mountTargets.stream().map(t -> describe(fileSystem, t)).toList(), marker, maxItems);
    }

    @Override
    public boolean reachable(String fileSystemId, String availabilityZone) {
        FileSystemState fileSystem = fileSystems.get(fileSystemId);
        return fileSystem != null && "available".equals(fileSystem.lifeCycleState)
                && fileSystem.mountTargets.stream()
                .anyMatch(m -> m.zone.equals(availabilityZone) && "available".equals(m.lifeCycleState));
    }

    private FileSystemState fileSystem(String fileSystemId) {
        FileSystemState fileSystem = fileSystemId == null ? null : fileSystems.get(fileSystemId);
        if (fileSystem == null) {
            throw GatewayException.client("FileSystemNotFound", "File system '" + fileSystemId
                    + "' does not exist.");
        }
        return fileSystem;
    }

    private FileSystemDescription describe(FileSystemState state) {
        CreateFileSystemRequest request = state.request;
        String name = request.tags().stream().filter(t -> "Name".equals(t.key())).map(Tag::value).findFirst()
                .orElse(null);
        return new FileSystemDescription(context.settings().accountId(), request.creationToken(), state.id,
                state.arn, state.creationTime, state.lifeCycleState, name, state.mountTargets.size(),
                request.performanceMode() == null ? "generalPurpose" : request.performanceMode(),
                request.throughputMode() == null ? "bursting" : request.throughputMode(),
                request.encrypted() != null && request.encrypted(), request.tags());
    }

    private MountTargetDescription describe(FileSystemState fileSystem, MountTargetState target) {
        List<String> zones = AvailabilityZones.of(context.settings().region());
        String zoneId = regionCode(context.settings().region()) + "-az" + (zones.indexOf(target.zone) + 1);
        return new MountTargetDescription(context.settings().accountId(), target.id, fileSystem.id, target.subnetId,
                target.lifeCycleState, target.ipAddress, target.networkInterfaceId, zoneId, target.zone, VPC);
    }

    /** "us-east-1" → "use1", the prefix of AWS's zone ids. */
    private static String regionCode(String region) {
        String[] parts = region.split("-");
        return parts[0] + parts[1].charAt(0) + parts[2];
    }

    private static GatewayException badRequest(String message) {
        return GatewayException.client("BadRequest", message);
    }

    /** MaxItems defaults to 100. */
    private static <T> Page<T> page(List<T> items, String marker, Integer maxItems) {
        return MarkerPages.of(items, marker, maxItems == null ? 100 : Math.max(1, maxItems),
                () -> badRequest("Invalid Marker."));
    }
}
