package dev.berth.ui.efs;

import dev.berth.ui.common.CopyButton;
import dev.berth.ui.common.FormDialog;
import dev.berth.ui.common.FormGrid;
import dev.berth.ui.common.RowTable;
import dev.berth.ui.common.ToolButton;
import dev.berth.ui.common.WriteLock;
import dev.berth.ui.theme.BerthStyles;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The task definitions area's "File systems" tab: what the ECS console's EFS volume offers to pick from, with the
 * EFS console's two steps a volume needs, Create file system and a mount target per Availability Zone, and the access
 * points a volume can mount through.
 */
public final class FileSystemsPane extends BorderPane {
    private final FileSystemsViewModel viewModel;
    private final RowTable<FileSystemRow> table;

    public FileSystemsPane(FileSystemsViewModel viewModel, WriteLock writes) {
        this.viewModel = viewModel;
        setId("file-systems-pane");
        table = new RowTable<>("file-systems-table", viewModel.fileSystems().visible(),
                "No EFS file systems. Create one, then add a mount target in each zone your tasks run in.");
        table.addTextColumn("Name", 120, FileSystemRow::nameProperty);
        table.addTextColumn("File system ID", 170, FileSystemRow::fileSystemIdProperty);
        table.addStatusColumn("State", 90, FileSystemRow::stateProperty);
        table.addTextColumn("Mount targets", 220, FileSystemRow::mountTargetsProperty);
        table.addTextColumn("Access points", 420, FileSystemRow::accessPointsProperty);

        ToolButton create = new ToolButton("file-systems-create", "Create file system", MaterialDesignP.PLUS,
                this::create);
        writes.guard(create);
        ToolButton mountTarget = new ToolButton("file-systems-add-mount-target", "Add mount target",
                MaterialDesignS.SERVER_NETWORK, this::addMountTarget);
        writes.guard(mountTarget, table.selectedRowProperty().isNull());
        CopyButton copyId = new CopyButton("file-systems-copy-id", "Copy ID", "Copy the file system ID, for a "
                + "task definition's EFS volume", table.selectedRowProperty().map(FileSystemRow::fileSystemId));
        ToolButton accessPoint = new ToolButton("file-systems-create-access-point", "Create access point",
                MaterialDesignF.FOLDER_ACCOUNT_OUTLINE, this::createAccessPoint);
        writes.guard(accessPoint, table.selectedRowProperty().isNull());
        HBox bar = new HBox(8, create, mountTarget, accessPoint, copyId);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("file-systems-error");
        error.getStyleClass().add(BerthStyles.ERROR_BANNER);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());

        VBox top = new VBox(8, bar, error);
        top.setPadding(new Insets(10, 10, 8, 10));
        setTop(top);
        setCenter(table);
        viewModel.watch();
    }

    private void create() {
        StringProperty name = new SimpleStringProperty("shared-content");
        FormGrid grid = new FormGrid();
        grid.addText(FileSystemsViewModel.NAME, "Name", "file-system-name", name);
        new FormDialog(window(), "Create file system", "Create", grid, grid,
                outcome -> viewModel.create(name.get(), outcome)).show();
    }

    private void addMountTarget() {
        FileSystemRow row = table.selectedRow();
        if (row == null) {
            return;
        }
        StringProperty subnet = new SimpleStringProperty("");
        FormGrid grid = new FormGrid();
        grid.addText(FileSystemsViewModel.SUBNET, "Subnet", "mount-target-subnet", subnet)
                .setPromptText("subnet-0a1b2c3d4e5f60718; one mount target per Availability Zone");
        new FormDialog(window(), "Add mount target to " + (row.name().isEmpty() ? row.fileSystemId() : row.name()),
                "Add", grid, grid, outcome -> viewModel.addMountTarget(row.fileSystemId(), subnet.get(), outcome))
                .show();
    }

    private void createAccessPoint() {
        FileSystemRow row = table.selectedRow();
        if (row == null) {
            return;
        }
        StringProperty name = new SimpleStringProperty("uploads");
        StringProperty path = new SimpleStringProperty("/uploads");
        StringProperty uid = new SimpleStringProperty("1000");
        StringProperty gid = new SimpleStringProperty("1000");
        StringProperty permissions = new SimpleStringProperty("755");
        FormGrid grid = new FormGrid();
        grid.addText(FileSystemsViewModel.NAME, "Name", "access-point-name", name);
        grid.addText(FileSystemsViewModel.PATH, "Root directory", "access-point-path", path)
                .setPromptText("what clients of the access point see as /");
        grid.addNumber(FileSystemsViewModel.UID, "POSIX user ID", "access-point-uid", uid);
        grid.addNumber(FileSystemsViewModel.GID, "POSIX group ID", "access-point-gid", gid);
        grid.addText(FileSystemsViewModel.PERMISSIONS_FIELD, "Permissions", "access-point-permissions", permissions)
                .setPromptText("of the root directory if EFS creates it, owned by the user above");
        new FormDialog(window(), "Create access point on " + (row.name().isEmpty() ? row.fileSystemId()
                : row.name()), "Create", grid, grid, outcome -> viewModel.createAccessPoint(row.fileSystemId(),
                name.get(), path.get(), uid.get(), gid.get(), permissions.get(), outcome)).show();
    }

    private Window window() {
        return getScene().getWindow();
    }
}
