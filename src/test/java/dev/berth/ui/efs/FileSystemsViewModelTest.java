package dev.berth.ui.efs;

import dev.berth.app.SimulatorBackend;
import dev.berth.core.model.CreateFileSystemRequest;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import dev.berth.ui.common.DirectBackgroundTasks;
import dev.berth.ui.testing.RecordingOutcome;
import dev.berth.ui.testing.SteppedClock;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The File systems tab: a file system created, mount targets added zone by zone, and EFS's refusals shown. */
class FileSystemsViewModelTest {
    private final Simulator simulator = Simulator.create(WorldSettings.of("efs-vm", 9,
            Instant.parse("2026-03-02T09:00:00Z")), CommandJournal.none());
    private final FileSystemsViewModel viewModel = new FileSystemsViewModel(
            new SimulatorBackend(simulator, new SteppedClock(simulator)), new DirectBackgroundTasks(),
            Clock.systemUTC());
    private final RecordingOutcome outcome = new RecordingOutcome();

    @Test
    void nothingIsReadUntilTheTabIsShown() {
        simulator.efs().createFileSystem(CreateFileSystemRequest.named("token", "data"));

        viewModel.refresh();
        assertThat(viewModel.fileSystems().all()).isEmpty();

        viewModel.watch();
        assertThat(viewModel.fileSystems().all()).extracting(FileSystemRow::name).containsExactly("data");
    }

    @Test
    void aFileSystemGetsAMountTargetInEachZone() {
        viewModel.watch();
        assertThat(viewModel.create("shared-content", outcome).isEmpty()).isTrue();
        FileSystemRow row = viewModel.fileSystems().all().get(0);
        assertThat(row.stateProperty().get()).isEqualTo("creating");
        assertThat(row.mountTargetsProperty().get()).isEqualTo("None: no task can mount it yet");

        simulator.advanceBy(Duration.ofSeconds(10));
        viewModel.addMountTarget(row.fileSystemId(), "subnet-0a1b2c3d4e5f60718", outcome);
        viewModel.addMountTarget(row.fileSystemId(), " subnet-0f9e8d7c6b5a40312 ", outcome);
        simulator.advanceBy(Duration.ofMinutes(2));
        viewModel.refresh();

        assertThat(outcome.failure()).isNull();
        assertThat(row.stateProperty().get()).isEqualTo("available");
        assertThat(row.mountTargetsProperty().get()).isEqualTo("us-east-1a available, us-east-1e available");
    }

    @Test
    void aSecondMountTargetInAZoneIsRefusedWithEfsWords() {
        viewModel.watch();
        viewModel.create("shared-content", outcome);
        String id = viewModel.fileSystems().all().get(0).fileSystemId();
        simulator.advanceBy(Duration.ofSeconds(10));
        viewModel.addMountTarget(id, "subnet-0a1b2c3d4e5f60718", outcome);

        viewModel.addMountTarget(id, "subnet-0a1b2c3d4e5f60718", outcome);

        assertThat(outcome.failure()).contains("mount target already exists in this AZ");
    }

    @Test
    void aBlankNameOrAMalformedSubnetSendsNothing() {
        viewModel.watch();

        assertThat(viewModel.create(" ", outcome).asMap()).containsOnlyKeys(FileSystemsViewModel.NAME);
        assertThat(viewModel.addMountTarget("fs-0123456789abcdef0", "10.0.1.0/24", outcome).asMap())
                .containsOnlyKeys(FileSystemsViewModel.SUBNET);
        assertThat(viewModel.fileSystems().all()).isEmpty();
        assertThat(outcome.failure()).isNull();
    }

    @Test
    void anAccessPointIsListedWithItsFileSystemAndOfferedToTaskDefinitions() {
        viewModel.watch();
        viewModel.create("shared-content", outcome);
        String id = viewModel.fileSystems().all().get(0).fileSystemId();
        simulator.advanceBy(Duration.ofSeconds(10));

        assertThat(viewModel.createAccessPoint(id, "uploads", "/uploads", "1000", "1001", "750", outcome).isEmpty())
                .isTrue();
        viewModel.readAccessPointIds();

        assertThat(outcome.failure()).isNull();
        String accessPoint = simulator.efs().describeAccessPoints(null, id, null, null).items().get(0)
                .accessPointId();
        assertThat(viewModel.fileSystems().all().get(0).accessPoints()).isEqualTo("uploads " + accessPoint
                + " /uploads as 1000:1001");
        assertThat(viewModel.accessPointIds()).containsExactly(accessPoint);
        assertThat(viewModel.createAccessPoint(id, "", "uploads", "x", "1000", "999", outcome).asMap())
                .containsOnlyKeys(FileSystemsViewModel.NAME, FileSystemsViewModel.PATH, FileSystemsViewModel.UID,
                        FileSystemsViewModel.PERMISSIONS_FIELD);
    }
}
