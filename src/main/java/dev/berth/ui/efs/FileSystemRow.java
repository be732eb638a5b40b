package dev.berth.ui.efs;

import dev.berth.core.model.AccessPointDescription;
import dev.berth.core.model.FileSystemDescription;
import dev.berth.core.model.MountTargetDescription;
import dev.berth.ui.common.ModelRow;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** One file system: its name, id, state, and where it can be mounted. */
public final class FileSystemRow extends ModelRow<FileSystem> {
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name");
    private final ReadOnlyStringWrapper fileSystemId = new ReadOnlyStringWrapper(this, "fileSystemId");
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(this, "state");
    private final ReadOnlyStringWrapper mountTargets = new ReadOnlyStringWrapper(this, "mountTargets");
    private final ReadOnlyStringWrapper accessPoints = new ReadOnlyStringWrapper(this, "accessPoints");

    FileSystemRow(String id) {
        super(id);
    }

    @Override
    protected void show(FileSystem next) {
        FileSystemDescription fileSystem = next.description();
        name.set(fileSystem.name() == null ? "" : fileSystem.name());
        fileSystemId.set(fileSystem.fileSystemId());
        state.set(fileSystem.lifeCycleState());
        mountTargets.set(mountTargets(next.mountTargets()));
        accessPoints.set(accessPoints(next.accessPoints()));
    }

    /** E.g. "uploads fsap-0123456789abcdef0 /uploads as 1000:1000", in the order EFS lists them. */
    static String accessPoints(List<AccessPointDescription> accessPoints) {
        if (accessPoints.isEmpty()) {
            return "None";
        }
        return accessPoints.stream().map(a -> (a.name() == null ? "" : a.name() + " ") + a.accessPointId() + " "
                        + (a.rootDirectory() == null ? "/" : a.rootDirectory().path())
                        + (a.posixUser() == null ? "" : " as " + a.posixUser().uid() + ":" + a.posixUser().gid()))
                .collect(Collectors.joining(", "));
    }

    /** E.g. "us-east-1a available, us-east-1e creating", by zone. */
    static String mountTargets(List<MountTargetDescription> targets) {
        if (targets.isEmpty()) {
            return "None: no task can mount it yet";
        }
        return targets.stream().sorted(Comparator.comparing(MountTargetDescription::availabilityZoneName))
                .map(t -> t.availabilityZoneName() + " " + t.lifeCycleState())
                .collect(Collectors.joining(", "));
    }

    @Override
    protected Iterable<String> searchableText(FileSystem next) {
        return List.of(name.get(), next.description().fileSystemId());
    }

    public String fileSystemId() {
        return fileSystemId.get();
    }

    public String name() {
        return name.get();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileSystemIdProperty() {
        return fileSystemId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty mountTargetsProperty() {
        return mountTargets.getReadOnlyProperty();
    }

    public String accessPoints() {
        return accessPoints.get();
    }

    public ReadOnlyStringProperty accessPointsProperty() {
        return accessPoints.getReadOnlyProperty();
    }
}
