package dev.berth.ui.events;

import atlantafx.base.theme.Styles;
import dev.berth.ui.common.ConfirmDeleteDialog;
import dev.berth.ui.common.Outcome;
import dev.berth.ui.common.RowTable;
import dev.berth.ui.common.ToolButton;
import dev.berth.ui.common.WriteLock;
import dev.berth.ui.theme.BerthStyles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * The clusters area's "Scheduled tasks" tab, where the AWS console shows a cluster's scheduled tasks: the
 * EventBridge rules that run tasks in the cluster and their last invocations; on the simulator, below, the S3
 * objects, DynamoDB items and SNS messages of the seeds' flows and an "Upload object" button.
 */
public final class ScheduledTasksPane extends ScrollPane {
    private static final int TABLE_HEIGHT = 150;

    private final ScheduledTasksViewModel viewModel;
    private final WriteLock writes;
    private final RowTable<ScheduledTaskRow> table;
    /** Why enabling or disabling a rule failed; they have no dialog to say it in. */
    private final Label changeError = new Label();

    public ScheduledTasksPane(ScheduledTasksViewModel viewModel, WriteLock writes) {
        this.viewModel = viewModel;
        this.writes = writes;
        setId("scheduled-tasks-pane");
        setFitToWidth(true);
        table = new RowTable<>("scheduled-tasks-table", viewModel.rules().visible(),
                "No rules run tasks in this cluster. Create one to run a task on a schedule or on an event.");
        table.addTextColumn("Rule", 160, ScheduledTaskRow::nameProperty);
        table.addTextColumn("Schedule or pattern", 230, ScheduledTaskRow::triggerProperty);
        table.addStatusColumn("State", 100, ScheduledTaskRow::stateProperty);
        table.addTextColumn("Task definition", 150, ScheduledTaskRow::taskDefinitionProperty);
        table.addTextColumn("Last invocations", 420, ScheduledTaskRow::lastInvocationsProperty);
        table.setPrefHeight(TABLE_HEIGHT);
        table.setMinHeight(TABLE_HEIGHT);
        table.setOnDelete(this::deleteSelected);

        Label error = new Label();
        error.setId("scheduled-tasks-error");
        error.getStyleClass().add(BerthStyles.ERROR_BANNER);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());

        changeError.setId("scheduled-tasks-change-error");
        changeError.getStyleClass().add(BerthStyles.ERROR_BANNER);
        changeError.visibleProperty().bind(changeError.textProperty().isNotEmpty());
        changeError.managedProperty().bind(changeError.visibleProperty());

        VBox content = new VBox(8, actions(), error, changeError, table);
        if (viewModel.simulated()) {
            content.getChildren().add(storedSection());
        }
        content.setPadding(new Insets(10));
        setContent(content);
    }

    private Node actions() {
        ToolButton create = new ToolButton("scheduled-tasks-create", "Create", MaterialDesignP.PLUS,
                () -> ScheduledTaskDialogs.create(window(), viewModel));
        writes.guard(create, viewModel.clusterArnProperty().isNull());
        ToolButton enable = new ToolButton("scheduled-tasks-enable", "Enable", MaterialDesignP.PLAY_OUTLINE,
                () -> setEnabled(true));
        writes.guard(enable, table.selectedRowProperty().isNull());
        ToolButton disable = new ToolButton("scheduled-tasks-disable", "Disable", MaterialDesignP.PAUSE,
                () -> setEnabled(false));
        writes.guard(disable, table.selectedRowProperty().isNull());
        ToolButton delete = new ToolButton("scheduled-tasks-delete", "Delete", MaterialDesignD.DELETE_OUTLINE,
                this::deleteSelected);
        writes.guard(delete, table.selectedRowProperty().isNull());
        ToolButton refresh = new ToolButton("scheduled-tasks-refresh", "Refresh", MaterialDesignR.REFRESH,
                viewModel::refresh);
        HBox bar = new HBox(8, create, enable, disable, delete, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node storedSection() {
        RowTable<StoredEntryRow> entries = new RowTable<>("stored-entries-table", viewModel.stored().visible(),
                "No objects in S3, items in DynamoDB or messages from SNS yet.");
        entries.addTextColumn("Where", 220, StoredEntryRow::placeProperty);
        entries.addTextColumn("Object or item", 640, StoredEntryRow::textProperty);
        entries.setPrefHeight(TABLE_HEIGHT);
        entries.setMinHeight(TABLE_HEIGHT);
        Label heading = new Label("S3 objects, DynamoDB items and SNS messages (simulated)");
        heading.getStyleClass().add(Styles.TITLE_4);
        ToolButton upload = new ToolButton("stored-upload", "Upload object", MaterialDesignU.UPLOAD,
                () -> ScheduledTaskDialogs.upload(window(), viewModel));
        HBox header = new HBox(8, heading, upload);
        header.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, header, entries);
    }

    private void setEnabled(boolean enabled) {
        ScheduledTaskRow row = table.selectedRow();
        if (row != null && !writes.isLocked()) {
            changeError.setText("");
            viewModel.setEnabled(row.name(), enabled, new Outcome() {
                @Override
                public void succeeded() {
                    changeError.setText("");
                }

                @Override
                public void failed(String message) {
                    changeError.setText(message);
                }
            });
        }
    }

    private void deleteSelected() {
        ScheduledTaskRow row = table.selectedRow();
        if (row == null || writes.isLocked()) {
            return;
        }
        ConfirmDeleteDialog.show(window(), "Delete rule " + row.name(),
                "The rule's targets are removed first, then the rule; it runs no more tasks.", row.name(),
                outcome -> viewModel.delete(row.name(), outcome));
    }

    private Window window() {
        return getScene().getWindow();
    }
}
