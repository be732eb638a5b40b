package dev.berth.ui.tasks;

import atlantafx.base.theme.Styles;
import dev.berth.core.model.Task;
import dev.berth.ui.common.AreaFrame;
import dev.berth.ui.common.ClusterPicker;
import dev.berth.ui.common.ClusterSelection;
import dev.berth.ui.common.ConsoleLinkButton;
import dev.berth.ui.common.CopyArnButton;
import dev.berth.ui.common.DetailsPane;
import dev.berth.ui.common.FormDialog;
import dev.berth.ui.common.FormGrid;
import dev.berth.ui.common.MasterDetail;
import dev.berth.ui.common.RowTable;
import dev.berth.ui.common.ToolButton;
import dev.berth.ui.common.WriteLock;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The tasks area: running or stopped tasks of the selected cluster, their details, stop with a reason. */
public final class TasksView {
    private final TasksViewModel viewModel;
    private final AreaFrame frame;
    private final RowTable<TaskRow> table;
    private final WriteLock writes;
    private final DetailsPane details = new DetailsPane("tasks-details", "Select a task to see its details.");

    public TasksView(TasksViewModel viewModel, ClusterSelection clusters, WriteLock writes) {
        this.writes = writes;
        this.viewModel = viewModel;
        frame = new AreaFrame("tasks", "Tasks", viewModel);
        table = new RowTable<>("tasks-table", viewModel.rows().visible(), "No tasks.");
        table.addTextColumn("Task", 300, TaskRow::taskIdProperty);
        table.addStatusColumn("Last status", 120, TaskRow::lastStatusProperty);
        table.addStatusColumn("Desired status", 130, TaskRow::desiredStatusProperty);
        table.addTextColumn("Task definition", 130, TaskRow::taskDefinitionProperty);
        table.addTextColumn("Group", 190, TaskRow::groupProperty);
        table.addTextColumn("Launch type", 105, TaskRow::launchTypeProperty);
        table.addTimeColumn("Started", 160, TaskRow::startedAtProperty);
        table.addTimeColumn("Stopped", 160, TaskRow::stoppedAtProperty);
        table.addTextColumn("Stopped reason", 280, TaskRow::stoppedReasonProperty);
        table.addTextColumn("Private IP", 115, TaskRow::privateIpProperty);

        ObservableValue<Task> selectedTask = table.selectedRowProperty().flatMap(TaskRow::itemProperty);
        details.follow(selectedTask, TaskDetails::of);
        MasterDetail masterDetail = new MasterDetail(table, details);
        table.setOnOpen(masterDetail::openDetails);
        table.setOnDelete(this::stopSelected);

        frame.addSelectors(new ClusterPicker("tasks-cluster", clusters), desiredStatusToggle());
        frame.addFilter(viewModel.rows().filterProperty(), "Filter tasks");
        ToolButton stop = new ToolButton("tasks-stop", "Stop", MaterialDesignS.STOP_CIRCLE_OUTLINE,
                this::stopSelected);
        writes.guard(stop, selectedTask.map(task -> "STOPPED".equals(task.desiredStatus())).orElse(true));
        ObservableValue<String> arn = selectedTask.map(Task::taskArn);
        frame.addActions(stop, new CopyArnButton("tasks-copy-arn", arn), new ConsoleLinkButton("tasks-console", arn));
        frame.setContent(masterDetail);
    }

    private Node desiredStatusToggle() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton running = new ToggleButton("Running");
        running.setId("tasks-running");
        running.getStyleClass().add(Styles.LEFT_PILL);
        running.setToggleGroup(group);
        ToggleButton stopped = new ToggleButton("Stopped");
        stopped.setId("tasks-stopped");
        stopped.getStyleClass().add(Styles.RIGHT_PILL);
        stopped.setToggleGroup(group);
        group.selectToggle(TasksViewModel.STOPPED.equals(viewModel.desiredStatusProperty().get()) ? stopped : running);
        group.selectedToggleProperty().addListener((observable, old, toggle) -> {
            if (toggle == null) {
                // A toggle group lets the user unselect; keep one of the two selected.
                group.selectToggle(old);
            } else {
                viewModel.desiredStatusProperty().set(toggle == stopped ? TasksViewModel.STOPPED : TasksViewModel.RUNNING);
            }
        });
        HBox pills = new HBox(running, stopped);
        // Two short words: in a narrow tool bar they keep their room rather than turn into "...".
        pills.setMinWidth(Region.USE_PREF_SIZE);
        return pills;
    }

    private void stopSelected() {
        TaskRow row = table.selectedRow();
        if (row == null || writes.isLocked() || TasksViewModel.STOPPED.equals(row.item().desiredStatus())) {
            return;
        }
        FormGrid grid = new FormGrid();
        TextField reason = new TextField();
        reason.setId("stop-reason");
        reason.setPromptText("Task stopped by user");
        grid.addField(TasksViewModel.REASON, "Reason", reason);
        new FormDialog(frame.getScene().getWindow(), "Stop task " + row.taskId(), "Stop task", grid, grid,
                outcome -> viewModel.stop(row.id(), reason.getText(), outcome)).show();
        reason.requestFocus();
    }

    /** The area as the main window shows it. */
    public AreaFrame frame() {
        return frame;
    }
}
