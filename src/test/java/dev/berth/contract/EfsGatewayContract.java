package dev.berth.contract;

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
import dev.berth.sim.AvailabilityZones;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What every EFS backend must do with file systems and mount targets, with EFS's error codes and messages: run by
 * {@link SimEfsGatewayTest} against the simulator's own gateway and by {@link AwsEfsGatewayTest} against the AWS SDK
 * gateway talking restJson1 to the simulator's endpoint. Time moves on the simulator behind either.
 */
abstract class EfsGatewayContract {
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final String ACCOUNT = WorldSettings.DEFAULT_ACCOUNT_ID;

    private Simulator simulator;
    private EfsGateway efs;

    /** The gateway under test over {@code simulator}. */
    protected abstract EfsGateway backend(Simulator simulator);

    @BeforeEach
    void world() {
        simulator = Simulator.create(WorldSettings.of("efs-contract", 5, START), CommandJournal.none());
        efs = backend(simulator);
    }

    @Test
    void aFileSystemIsCreatedWithItsSettingsAndBecomesAvailable() {
        FileSystemDescription created = efs.createFileSystem(CreateFileSystemRequest.named("shared-1", "shared"));

        assertThat(created.fileSystemId()).startsWith("fs-0");
        assertThat(created).isEqualTo(new FileSystemDescription(ACCOUNT, "shared-1", created.fileSystemId(),
                "arn:aws:elasticfilesystem:us-east-1:" + ACCOUNT + ":file-system/" + created.fileSystemId(), START,
                "creating", "shared", 0, "generalPurpose", "elastic", true, List.of(new Tag("Name", "shared"))));
        simulator.advanceBy(Duration.ofSeconds(5));
        assertThat(efs.describeFileSystems(created.fileSystemId(), null, null).items()).singleElement()
                .extracting(FileSystemDescription::lifeCycleState).isEqualTo("available");
        assertRefused(() -> efs.createFileSystem(CreateFileSystemRequest.named("shared-1", "again")),
                "FileSystemAlreadyExists", "File system '" + created.fileSystemId()
                        + "' already exists with creation token 'shared-1'");
        assertRefused(() -> efs.describeFileSystems("fs-0000000000000000", null, null), "FileSystemNotFound",
                "File system 'fs-0000000000000000' does not exist.");
    }

    @Test
    void oneMountTargetPerZoneOnceTheFileSystemIsAvailable() {
        String id = efs.createFileSystem(CreateFileSystemRequest.named("shared-1", "shared")).fileSystemId();
        List<String> subnets = IntStream.range(0, 50).mapToObj(i -> "subnet-0" + i).toList();
        String first = subnets.get(0);
        String sameZone = subnets.stream().skip(1).filter(s -> zone(s).equals(zone(first))).findFirst()
                .orElseThrow();

        assertRefused(() -> efs.createMountTarget(id, first), "IncorrectFileSystemLifeCycleState",
                "File system '" + id + "' is in 'creating' life cycle state");
        simulator.advanceBy(Duration.ofSeconds(5));
        MountTargetDescription target = efs.createMountTarget(id, first);

        assertThat(target.fileSystemId()).isEqualTo(id);
        assertThat(target.subnetId()).isEqualTo(first);
        assertThat(target.availabilityZoneName()).isEqualTo(zone(first));
        assertThat(target.lifeCycleState()).isEqualTo("creating");
        assertRefused(() -> efs.createMountTarget(id, sameZone), "MountTargetConflict",
                "mount target already exists in this AZ");
        simulator.advanceBy(Duration.ofSeconds(90));
        assertThat(efs.describeMountTargets(id, null, null, null).items()).singleElement()
                .extracting(MountTargetDescription::lifeCycleState).isEqualTo("available");
        assertThat(efs.describeMountTargets(null, target.mountTargetId(), null, null).items()).singleElement()
                .extracting(MountTargetDescription::mountTargetId).isEqualTo(target.mountTargetId());
        assertThat(efs.describeFileSystems(id, null, null).items().get(0).numberOfMountTargets()).isEqualTo(1);
    }

    @Test
    void missingMountTargetsAndMissingIdsAreRefusedWithEfsCodes() {
        assertRefused(() -> efs.describeMountTargets(null, "fsmt-0000000000000000", null, null),
                "MountTargetNotFound", "Mount target 'fsmt-0000000000000000' does not exist.");
        assertRefused(() -> efs.describeMountTargets(null, null, null, null), "BadRequest",
                "Either FileSystemId, MountTargetId or AccessPointId must be specified.");
        assertRefused(() -> efs.createMountTarget("fs-0000000000000000", "subnet-01"), "FileSystemNotFound",
                "File system 'fs-0000000000000000' does not exist.");
    }

    @Test
    void describeFileSystemsPagesWithItsMarker() {
        for (int i = 1; i <= 3; i++) {
            efs.createFileSystem(CreateFileSystemRequest.named("token-" + i, "fs-" + i));
        }

        Page<FileSystemDescription> first = efs.describeFileSystems(null, null, 2);
        assertThat(first.items()).extracting(FileSystemDescription::creationToken)
                .containsExactly("token-1", "token-2");
        Page<FileSystemDescription> second = efs.describeFileSystems(null, first.nextToken(), 2);
        assertThat(second.items()).extracting(FileSystemDescription::creationToken).containsExactly("token-3");
        assertThat(second.nextToken()).isNull();
    }

    private static String zone(String subnet) {
        return AvailabilityZones.ofSubnet("us-east-1", subnet);
    }

    @Test
    void anAccessPointIsCreatedDescribedAndDeleted() {
        String id = efs.createFileSystem(CreateFileSystemRequest.named("shared-1", "shared")).fileSystemId();
        simulator.advanceBy(Duration.ofSeconds(5));
        RootDirectory root = new RootDirectory("/uploads", new CreationInfo(1000L, 1000L, "755"));

        AccessPointDescription created = efs.createAccessPoint(new CreateAccessPointRequest("uploads-1",
                List.of(new Tag("Name", "uploads")), id, new PosixUser(1000L, 1000L, List.of(2000L)), root));

        assertThat(created.accessPointId()).matches("fsap-[0-9a-f]{17}");
        assertThat(created).isEqualTo(new AccessPointDescription("uploads-1", "uploads",
                List.of(new Tag("Name", "uploads")), created.accessPointId(), "arn:aws:elasticfilesystem:us-east-1:"
                + ACCOUNT + ":access-point/" + created.accessPointId(), id, new PosixUser(1000L, 1000L,
                List.of(2000L)), root, ACCOUNT, "creating"));
        simulator.advanceBy(Duration.ofSeconds(2));
        AccessPointDescription plain = efs.createAccessPoint(new CreateAccessPointRequest("plain-1", null, id, null,
                null));
        assertThat(efs.describeAccessPoints(null, id, null, null).items())
                .extracting(AccessPointDescription::accessPointId, AccessPointDescription::lifeCycleState)
                .containsExactly(tuple(created.accessPointId(), "available"),
                        tuple(plain.accessPointId(), "creating"));
        assertThat(efs.describeAccessPoints(created.accessPointArn(), null, null, null).items()).singleElement()
                .extracting(AccessPointDescription::rootDirectory).isEqualTo(root);
        assertThat(efs.describeAccessPoints(null, id, null, 1).nextToken()).isNotNull();

        efs.deleteAccessPoint(created.accessPointId());

        assertThat(efs.describeAccessPoints(null, id, null, null).items())
                .extracting(AccessPointDescription::accessPointId).containsExactly(plain.accessPointId());
        assertRefused(() -> efs.deleteAccessPoint(created.accessPointId()), "AccessPointNotFound",
                "Access point '" + created.accessPointId() + "' does not exist.");
    }

    @Test
    void anAccessPointNeedsAnAvailableFileSystemAndItsOwnClientToken() {
        String id = efs.createFileSystem(CreateFileSystemRequest.named("shared-1", "shared")).fileSystemId();

        assertRefused(() -> efs.createAccessPoint(new CreateAccessPointRequest("ap-1", null, id, null, null)),
                "IncorrectFileSystemLifeCycleState", "File system '" + id + "' is in 'creating' life cycle state");
        simulator.advanceBy(Duration.ofSeconds(5));
        String first = efs.createAccessPoint(new CreateAccessPointRequest("ap-1", null, id, null, null))
                .accessPointId();
        assertRefused(() -> efs.createAccessPoint(new CreateAccessPointRequest("ap-1", null, id, null, null)),
                "AccessPointAlreadyExists", "Access point '" + first + "' already exists with client token 'ap-1'");
        assertRefused(() -> efs.createAccessPoint(new CreateAccessPointRequest("ap-2", null, "fs-0000000000000000",
                null, null)), "FileSystemNotFound", "File system 'fs-0000000000000000' does not exist.");
        assertRefused(() -> efs.createAccessPoint(new CreateAccessPointRequest("ap-3", null, id, null,
                new RootDirectory("/a/b/c/d/e", null))), "BadRequest", "RootDirectory.Path '/a/b/c/d/e' is not a "
                + "valid path: an absolute path of at most four directories and 100 characters.");
    }
}
