package dev.berth.aws;

import dev.berth.core.gateway.EfsGateway;
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
import software.amazon.awssdk.services.efs.EfsClient;
import software.amazon.awssdk.services.efs.model.CreateFileSystemResponse;
import software.amazon.awssdk.services.efs.model.CreateMountTargetResponse;

import java.util.List;

import static dev.berth.aws.EcsShapes.map;

/** Amazon EFS through the SDK's {@link EfsClient} (restJson1): one SDK call per method. */
public final class AwsEfsGateway implements EfsGateway {
    private final EfsClient efs;
    private final SdkCalls calls;

    AwsEfsGateway(EfsClient efs, SdkCalls calls) {
        this.efs = efs;
        this.calls = calls;
    }

    @Override
    public FileSystemDescription createFileSystem(CreateFileSystemRequest request) {
        return calls.write("CreateFileSystem", () -> fileSystem(efs.createFileSystem(r -> r
                .creationToken(request.creationToken()).performanceMode(request.performanceMode())
                .throughputMode(request.throughputMode()).encrypted(request.encrypted())
                .tags(request.tags().isEmpty() ? null : map(request.tags(), tag -> software.amazon.awssdk.services
                        .efs.model.Tag.builder().key(tag.key()).value(tag.value()).build())))));
    }

    @Override
    public Page<FileSystemDescription> describeFileSystems(String fileSystemId, String marker, Integer maxItems) {
        return calls.read("DescribeFileSystems", () -> {
            var answer = efs.describeFileSystems(r -> r.fileSystemId(fileSystemId).marker(marker)
                    .maxItems(maxItems));
            return new Page<>(map(answer.fileSystems(), fs -> new FileSystemDescription(fs.ownerId(),
                    fs.creationToken(), fs.fileSystemId(), fs.fileSystemArn(), fs.creationTime(),
                    fs.lifeCycleStateAsString(), fs.name(), fs.numberOfMountTargets(), fs.performanceModeAsString(),
                    fs.throughputModeAsString(), Boolean.TRUE.equals(fs.encrypted()), tags(fs.tags()))),
                    answer.nextMarker());
        });
    }

    @Override
    public MountTargetDescription createMountTarget(String fileSystemId, String subnetId) {
        return calls.write("CreateMountTarget", () -> mountTarget(efs.createMountTarget(r -> r
                .fileSystemId(fileSystemId).subnetId(subnetId))));
    }

    @Override
    public Page<MountTargetDescription> describeMountTargets(String fileSystemId, String mountTargetId, String marker,
                                                             Integer maxItems) {
        return calls.read("DescribeMountTargets", () -> {
            var answer = efs.describeMountTargets(r -> r.fileSystemId(fileSystemId).mountTargetId(mountTargetId)
                    .marker(marker).maxItems(maxItems));
            return new Page<>(map(answer.mountTargets(), mt -> new MountTargetDescription(mt.ownerId(),
                    mt.mountTargetId(), mt.fileSystemId(), mt.subnetId(), mt.lifeCycleStateAsString(),
                    mt.ipAddress(), mt.networkInterfaceId(), mt.availabilityZoneId(), mt.availabilityZoneName(),
                    mt.vpcId())), answer.nextMarker());
        });
    }

    @Override
    public AccessPointDescription createAccessPoint(CreateAccessPointRequest request) {
        return calls.write("CreateAccessPoint", () -> {
            var ap = efs.createAccessPoint(r -> r.clientToken(request.clientToken())
                    .fileSystemId(request.fileSystemId()).posixUser(sdkPosixUser(request.posixUser()))
                    .rootDirectory(sdkRootDirectory(request.rootDirectory()))
                    .tags(request.tags().isEmpty() ? null : map(request.tags(), tag -> software.amazon.awssdk
                            .services.efs.model.Tag.builder().key(tag.key()).value(tag.value()).build())));
            return new AccessPointDescription(ap.clientToken(), ap.name(), tags(ap.tags()), ap.accessPointId(),
                    ap.accessPointArn(), ap.fileSystemId(), posixUser(ap.posixUser()),
                    rootDirectory(ap.rootDirectory()), ap.ownerId(), ap.lifeCycleStateAsString());
        });
    }

    @Override
    public Page<AccessPointDescription> describeAccessPoints(String accessPointId, String fileSystemId,
                                                             String nextToken, Integer maxResults) {
        return calls.read("DescribeAccessPoints", () -> {
            var answer = efs.describeAccessPoints(r -> r.accessPointId(accessPointId).fileSystemId(fileSystemId)
                    .nextToken(nextToken).maxResults(maxResults));
            return new Page<>(map(answer.accessPoints(), ap -> new AccessPointDescription(ap.clientToken(),
                    ap.name(), tags(ap.tags()), ap.accessPointId(), ap.accessPointArn(), ap.fileSystemId(),
                    posixUser(ap.posixUser()), rootDirectory(ap.rootDirectory()), ap.ownerId(),
                    ap.lifeCycleStateAsString())), answer.nextToken());
        });
    }

    @Override
    public void deleteAccessPoint(String accessPointId) {
        calls.write("DeleteAccessPoint", () -> efs.deleteAccessPoint(r -> r.accessPointId(accessPointId)));
    }

    private static software.amazon.awssdk.services.efs.model.PosixUser sdkPosixUser(PosixUser user) {
        return user == null ? null : software.amazon.awssdk.services.efs.model.PosixUser.builder().uid(user.uid())
                .gid(user.gid()).secondaryGids(user.secondaryGids().isEmpty() ? null : user.secondaryGids()).build();
    }

    private static software.amazon.awssdk.services.efs.model.RootDirectory sdkRootDirectory(RootDirectory root) {
        if (root == null) {
            return null;
        }
        CreationInfo info = root.creationInfo();
        return software.amazon.awssdk.services.efs.model.RootDirectory.builder().path(root.path())
                .creationInfo(info == null ? null : software.amazon.awssdk.services.efs.model.CreationInfo.builder()
                        .ownerUid(info.ownerUid()).ownerGid(info.ownerGid()).permissions(info.permissions()).build())
                .build();
    }

    private static PosixUser posixUser(software.amazon.awssdk.services.efs.model.PosixUser user) {
        return user == null ? null : new PosixUser(user.uid(), user.gid(), user.secondaryGids());
    }

    private static RootDirectory rootDirectory(software.amazon.awssdk.services.efs.model.RootDirectory root) {
        if (root == null) {
            return null;
        }
        var info = root.creationInfo();
        return new RootDirectory(root.path(), info == null ? null : new CreationInfo(info.ownerUid(),
                info.ownerGid(), info.permissions()));
    }

    private static FileSystemDescription fileSystem(CreateFileSystemResponse fs) {
        return new FileSystemDescription(fs.ownerId(), fs.creationToken(), fs.fileSystemId(), fs.fileSystemArn(),
                fs.creationTime(), fs.lifeCycleStateAsString(), fs.name(), fs.numberOfMountTargets(),
                fs.performanceModeAsString(), fs.throughputModeAsString(), Boolean.TRUE.equals(fs.encrypted()),
                tags(fs.tags()));
    }

    private static MountTargetDescription mountTarget(CreateMountTargetResponse mt) {
        return new MountTargetDescription(mt.ownerId(), mt.mountTargetId(), mt.fileSystemId(), mt.subnetId(),
                mt.lifeCycleStateAsString(), mt.ipAddress(), mt.networkInterfaceId(), mt.availabilityZoneId(),
                mt.availabilityZoneName(), mt.vpcId());
    }

    private static List<Tag> tags(List<software.amazon.awssdk.services.efs.model.Tag> tags) {
        return map(tags, tag -> new Tag(tag.key(), tag.value()));
    }
}
