package dev.berth.ui.efs;

import dev.berth.core.gateway.EfsGateway;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.model.AccessPointDescription;
import dev.berth.core.model.CreateAccessPointRequest;
import dev.berth.core.model.CreateFileSystemRequest;
import dev.berth.core.model.CreationInfo;
import dev.berth.core.model.FileSystemDescription;
import dev.berth.core.model.Page;
import dev.berth.core.model.PosixUser;
import dev.berth.core.model.RootDirectory;
import dev.berth.core.model.Tag;
import dev.berth.ui.common.BackgroundTasks;
import dev.berth.ui.common.ChangeRunner;
import dev.berth.ui.common.ErrorContext;
import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.common.FilteredRows;
import dev.berth.ui.common.Messages;
import dev.berth.ui.common.Outcome;
import dev.berth.ui.common.Refresher;
import dev.berth.ui.common.WholeNumber;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * The task definitions area's "File systems" tab: the Amazon EFS file systems an EFS volume can name, with their
 * mount targets and access points; create a file system, add a mount target in a subnet, create an access point. It reads only once its tab has been opened,
 * so the area costs no EFS calls until someone looks.
 */
public final class FileSystemsViewModel {
    public static final String NAME = "name";
    public static final String SUBNET = "subnet";
    public static final String PATH = "path";
    public static final String UID = "uid";
    public static final String GID = "gid";
    public static final String PERMISSIONS_FIELD = "permissions";
    private static final Pattern PERMISSIONS = Pattern.compile("[0-7]{3,4}");
    private static final Pattern SUBNET_ID = Pattern.compile("subnet-[0-9a-zA-Z]+");
    private static final int MAX_NAME = 64;

    private final EfsGateway efs;
    private final String region;
    private final Refresher refresher;
    private final ChangeRunner changes;
    private final FilteredRows<FileSystem, FileSystemRow> fileSystems =
            new FilteredRows<>(f -> f.description().fileSystemId(), FileSystemRow::new);
    private final Refresher accessPointReader;
    private final ObservableList<String> accessPointIds = FXCollections.observableArrayList();
    private boolean watched;

    public FileSystemsViewModel(Gateway gateway, BackgroundTasks background, Clock clock) {
        this.efs = gateway.efs();
        this.region = gateway.region();
        this.refresher = new Refresher(background, clock);
        this.changes = new ChangeRunner(background);
        this.accessPointReader = new Refresher(background, clock);
    }

    /** From now on every refresh reads the file systems: their tab is shown. */
    public void watch() {
        watched = true;
        refresh();
    }

    public void refresh() {
        if (watched) {
            refresher.read(this::read, fileSystems::update, failure -> Messages.explain(failure,
                    ErrorContext.in(region)));
        }
    }

    private List<FileSystem> read() {
        List<FileSystem> read = new ArrayList<>();
        for (FileSystemDescription fileSystem : Page.all(marker -> efs.describeFileSystems(null, marker, null))) {
            read.add(new FileSystem(fileSystem, Page.all(marker -> efs.describeMountTargets(
                    fileSystem.fileSystemId(), null, marker, null)), Page.all(token -> efs.describeAccessPoints(
                    null, fileSystem.fileSystemId(), token, null))));
        }
        return read;
    }

    /**
     * CreateFileSystem as the console's quick create makes it (general purpose, elastic throughput, encrypted at
     * rest), named by a Name tag that is also its creation token.
     */
    public FieldErrors create(String name, Outcome outcome) {
        FieldErrors errors = FieldErrors.none();
        String given = name == null ? "" : name.strip();
        if (given.isEmpty() || given.length() > MAX_NAME) {
            errors.add(NAME, "Enter a name of 1 to " + MAX_NAME + " characters.");
            return errors;
        }
        change(() -> efs.createFileSystem(CreateFileSystemRequest.named(given, given)), outcome);
        return errors;
    }

    /** CreateMountTarget: the file system becomes mountable in the subnet's Availability Zone. */
    public FieldErrors addMountTarget(String fileSystemId, String subnet, Outcome outcome) {
        FieldErrors errors = FieldErrors.none();
        String given = subnet == null ? "" : subnet.strip();
        if (!SUBNET_ID.matcher(given).matches()) {
            errors.add(SUBNET, "Subnet ids look like subnet-0a1b2c3d.");
            return errors;
        }
        change(() -> efs.createMountTarget(fileSystemId, given), outcome);
        return errors;
    }

    /**
     * CreateAccessPoint: clients through it act as {@code uid}:{@code gid} and see {@code path} as the root, which
     * EFS creates owned by that user with {@code permissions} if it does not exist. The name is a Name tag.
     */
    public FieldErrors createAccessPoint(String fileSystemId, String name, String path, String uid, String gid,
                                         String permissions, Outcome outcome) {
        FieldErrors errors = FieldErrors.none();
        String given = name == null ? "" : name.strip();
        if (given.isEmpty() || given.length() > MAX_NAME) {
            errors.add(NAME, "Enter a name of 1 to " + MAX_NAME + " characters.");
        }
        String root = path == null ? "" : path.strip();
        if (!root.startsWith("/")) {
            errors.add(PATH, "An absolute path, e.g. /uploads.");
        }
        Integer user = WholeNumber.parse(uid, 0, Integer.MAX_VALUE);
        if (user == null) {
            errors.add(UID, WholeNumber.rangeMessage(0, Integer.MAX_VALUE));
        }
        Integer group = WholeNumber.parse(gid, 0, Integer.MAX_VALUE);
        if (group == null) {
            errors.add(GID, WholeNumber.rangeMessage(0, Integer.MAX_VALUE));
        }
        String mode = permissions == null ? "" : permissions.strip();
        if (!PERMISSIONS.matcher(mode).matches()) {
            errors.add(PERMISSIONS_FIELD, "An octal mode such as 755.");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        // A new token each time: a retry of the same request is the SDK's to make, and it reuses its request.
        String token = UUID.randomUUID().toString();
        change(() -> efs.createAccessPoint(new CreateAccessPointRequest(token, List.of(new Tag("Name", given)),
                fileSystemId, new PosixUser(user.longValue(), group.longValue(), null), new RootDirectory(root,
                new CreationInfo(user.longValue(), group.longValue(), mode)))), outcome);
        return errors;
    }

    /** Reads the ids of the account's access points, for a task definition's EFS volume to pick from. */
    public void readAccessPointIds() {
        accessPointReader.read(() -> Page.all(token -> efs.describeAccessPoints(null, null, token, null)).stream()
                .map(AccessPointDescription::accessPointId).toList(), accessPointIds::setAll, Messages::explain);
    }

    public ObservableList<String> accessPointIds() {
        return accessPointIds;
    }

    private void change(Callable<?> call, Outcome outcome) {
        changes.run(call, failure -> Messages.explain(failure, ErrorContext.in(region)), outcome,
                done -> refresh());
    }

    public FilteredRows<FileSystem, FileSystemRow> fileSystems() {
        return fileSystems;
    }

    public ReadOnlyStringProperty errorProperty() {
        return refresher.errorProperty();
    }
}
