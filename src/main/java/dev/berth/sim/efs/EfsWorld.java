package dev.berth.sim.efs;

import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.AccessPointDescription;
import dev.berth.core.model.CreateAccessPointRequest;
import dev.berth.core.model.CreateFileSystemRequest;
import dev.berth.core.model.CreationInfo;
import dev.berth.core.model.FileSystemDescription;
import dev.berth.core.model.MountTargetDescription;
import dev.berth.core.model.Page;
import dev.berth.core.model.PosixUser;
import dev.berth.core.model.RootDirectory;
import dev.berth.core.model.Tag;
import dev.berth.sim.AvailabilityZones;
import dev.berth.sim.MarkerPages;
import dev.berth.sim.SimContext;
import dev.berth.sim.ecs.FileSystems;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The simulated Amazon EFS of one world: file systems, each reachable in an Availability Zone once it has an
 * available mount target there. A file system is available a few seconds after CreateFileSystem; a mount target
 * about a minute and a half after CreateMountTarget, as on AWS. ECS asks it, as {@link FileSystems}, whether a task
 * in a zone can mount a file system. Access points are ready two seconds after CreateAccessPoint.
 */
public final class EfsWorld implements FileSystems {
    private static final Duration FILE_SYSTEM_READY = Duration.ofSeconds(5);
    private static final Duration MOUNT_TARGET_READY = Duration.ofSeconds(90);
    private static final Set<String> PERFORMANCE_MODES = Set.of("generalPurpose", "maxIO");
    private static final Set<String> THROUGHPUT_MODES = Set.of("bursting", "provisioned", "elastic");
    private static final String VPC = "vpc-0e5c3b2a1d4f6a789";
    private static final Duration ACCESS_POINT_READY = Duration.ofSeconds(2);
    /** Access points per file system (EFS user guide, "Creating access points"). */
    public static final int MAX_ACCESS_POINTS = 10_000;
    private static final long MAX_ID = 4_294_967_295L;
    private static final Pattern PATH = Pattern.compile("^(/|(/(?!\\.)+[^$#<>;`|&?{}^*/\\n]+){1,4})$");
    private static final Pattern PERMISSIONS = Pattern.compile("[0-7]{3,4}");

    private static final class FileSystemState {
        final String id;
        final String arn;
        final CreateFileSystemRequest request;
        final Instant creationTime;
        final List<MountTargetState> mountTargets = new ArrayList<>();
        String lifeCycleState = "creating";
        int accessPoints;

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

    private static final class AccessPointState {
        final CreateAccessPointRequest request;
        final String id;
        final String arn;
        String lifeCycleState = "creating";

        AccessPointState(CreateAccessPointRequest request, String id, String arn) {
            this.request = request;
            this.id = id;
            this.arn = arn;
        }
    }

    private final SimContext context;
    private final Map<String, FileSystemState> fileSystems = new LinkedHashMap<>();
    private final Map<String, AccessPointState> accessPoints = new LinkedHashMap<>();
    private final Map<String, AccessPointState> accessPointsByToken = new HashMap<>();

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

    public AccessPointDescription createAccessPoint(CreateAccessPointRequest request) {
        String token = request.clientToken();
        if (token == null || token.isEmpty() || token.length() > 64) {
            throw badRequest("ClientToken must be 1 to 64 characters.");
        }
        FileSystemState fileSystem = fileSystem(request.fileSystemId());
        checkPosixUser(request.posixUser());
        checkRootDirectory(request.rootDirectory());
        AccessPointState existing = accessPointsByToken.get(token);
        if (existing != null) {
            throw GatewayException.client("AccessPointAlreadyExists", "Access point '" + existing.id
                    + "' already exists with client token '" + token + "'");
        }
        if (!"available".equals(fileSystem.lifeCycleState)) {
            throw GatewayException.client("IncorrectFileSystemLifeCycleState", "File system '" + fileSystem.id
                    + "' is in '" + fileSystem.lifeCycleState + "' life cycle state");
        }
        if (fileSystem.accessPoints >= MAX_ACCESS_POINTS) {
            throw GatewayException.client("AccessPointLimitExceeded", "You have reached the maximum number of "
                    + "access points (" + MAX_ACCESS_POINTS + ") for file system '" + fileSystem.id + "'.");
        }
        String id = "fsap-0" + context.random().hex(16);
        AccessPointState state = new AccessPointState(request, id, "arn:aws:elasticfilesystem:"
                + context.settings().region() + ":" + context.settings().accountId() + ":access-point/" + id);
        accessPoints.put(id, state);
        accessPointsByToken.put(token, state);
        fileSystem.accessPoints++;
        context.schedule(context.nowMillis() + ACCESS_POINT_READY.toMillis(),
                () -> state.lifeCycleState = "available");
        return describe(state);
    }

    /** One access point by id or ARN, a file system's, or, with neither, every one of the account. */
    public Page<AccessPointDescription> describeAccessPoints(String accessPointId, String fileSystemId,
                                                             String nextToken, Integer maxResults) {
        if (accessPointId != null && fileSystemId != null) {
            throw badRequest("You can provide either the AccessPointId or FileSystemId in the request, but not "
                    + "both.");
        }
        if (accessPointId != null) {
            return new Page<>(List.of(describe(accessPoint(accessPointId))), null);
        }
        if (fileSystemId != null) {
            fileSystem(fileSystemId);
        }
        return page(accessPoints.values().stream()
                .filter(a -> fileSystemId == null || a.request.fileSystemId().equals(fileSystemId))
                .map(this::describe).toList(), nextToken, maxResults);
    }

    public Void deleteAccessPoint(String accessPointId) {
        AccessPointState gone = accessPoint(accessPointId);
        accessPoints.remove(gone.id);
        accessPointsByToken.remove(gone.request.clientToken());
        fileSystems.get(gone.request.fileSystemId()).accessPoints--;
        return null;
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

    private AccessPointState accessPoint(String idOrArn) {
        String id = idOrArn == null ? null : idOrArn.substring(idOrArn.lastIndexOf('/') + 1);
        AccessPointState accessPoint = id == null ? null : accessPoints.get(id);
        if (accessPoint == null) {
            throw GatewayException.client("AccessPointNotFound", "Access point '" + idOrArn + "' does not exist.");
        }
        return accessPoint;
    }

    private static void checkPosixUser(PosixUser user) {
        if (user == null) {
            return;
        }
        checkId("PosixUser.Uid", user.uid());
        checkId("PosixUser.Gid", user.gid());
        if (user.secondaryGids().size() > 16) {
            throw badRequest("PosixUser.SecondaryGids can have at most 16 members.");
        }
        user.secondaryGids().forEach(gid -> checkId("PosixUser.SecondaryGids", gid));
    }

    private static void checkRootDirectory(RootDirectory root) {
        if (root == null) {
            return;
        }
        if (root.path() != null && (root.path().length() > 100 || !PATH.matcher(root.path()).matches())) {
            throw badRequest("RootDirectory.Path '" + root.path() + "' is not a valid path: an absolute path of "
                    + "at most four directories and 100 characters.");
        }
        CreationInfo info = root.creationInfo();
        if (info != null) {
            checkId("CreationInfo.OwnerUid", info.ownerUid());
            checkId("CreationInfo.OwnerGid", info.ownerGid());
            if (info.permissions() == null || !PERMISSIONS.matcher(info.permissions()).matches()) {
                throw badRequest("CreationInfo.Permissions must be an octal mode of 3 or 4 digits, such as 755.");
            }
        }
    }

    private static void checkId(String member, Long id) {
        if (id == null || id < 0 || id > MAX_ID) {
            throw badRequest(member + " must be a number from 0 to " + MAX_ID + ".");
        }
    }

    private AccessPointDescription describe(AccessPointState state) {
        CreateAccessPointRequest request = state.request;
        RootDirectory root = request.rootDirectory() == null || request.rootDirectory().path() == null
                ? new RootDirectory("/", request.rootDirectory() == null ? null
                : request.rootDirectory().creationInfo()) : request.rootDirectory();
        return new AccessPointDescription(request.clientToken(), nameTag(request.tags()), request.tags(), state.id,
                state.arn, request.fileSystemId(), request.posixUser(), root, context.settings().accountId(),
                state.lifeCycleState);
    }

    private static String nameTag(List<Tag> tags) {
        return tags.stream().filter(t -> "Name".equals(t.key())).map(Tag::value).findFirst().orElse(null);
    }

    private FileSystemDescription describe(FileSystemState state) {
        CreateFileSystemRequest request = state.request;
        return new FileSystemDescription(context.settings().accountId(), request.creationToken(), state.id,
                state.arn, state.creationTime, state.lifeCycleState, nameTag(request.tags()),
                state.mountTargets.size(), request.performanceMode() == null ? "generalPurpose" : request.performanceMode(),
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
