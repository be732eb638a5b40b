package dev.berth.ui.efs;

import dev.berth.core.gateway.EfsGateway;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.model.CreateFileSystemRequest;
import dev.berth.core.model.FileSystemDescription;
import dev.berth.core.model.Page;
import dev.berth.ui.common.BackgroundTasks;
import dev.berth.ui.common.ChangeRunner;
import dev.berth.ui.common.ErrorContext;
import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.common.FilteredRows;
import dev.berth.ui.common.Messages;
import dev.berth.ui.common.Outcome;
import dev.berth.ui.common.Refresher;
import javafx.beans.property.ReadOnlyStringProperty;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * The task definitions area's "File systems" tab: the Amazon EFS file systems an EFS volume can name, with their
 * mount targets; create a file system, add a mount target in a subnet. It reads only once its tab has been opened,
 * so the area costs no EFS calls until someone looks.
 */
public final class FileSystemsViewModel {
    public static final String NAME = "name";
    public static final String SUBNET = "subnet";
    private static final Pattern SUBNET_ID = Pattern.compile("subnet-[0-9a-zA-Z]+");
    private static final int MAX_NAME = 64;

    private final EfsGateway efs;
    private final String region;
    private final Refresher refresher;
    private final ChangeRunner changes;
    private final FilteredRows<FileSystem, FileSystemRow> fileSystems =
            new FilteredRows<>(f -> f.description().fileSystemId(), FileSystemRow::new);
    private boolean watched;

    public FileSystemsViewModel(Gateway gateway, BackgroundTasks background, Clock clock) {
        this.efs = gateway.efs();
        this.region = gateway.region();
        this.refresher = new Refresher(background, clock);
        this.changes = new ChangeRunner(background);
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
                    fileSystem.fileSystemId(), null, marker, null))));
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
