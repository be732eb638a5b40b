package dev.berth.ui.clusters;

import dev.berth.core.model.Cluster;
import dev.berth.ui.common.AreaFrame;
import dev.berth.ui.common.ClusterSelection;
import dev.berth.ui.common.ConfirmDeleteDialog;
import dev.berth.ui.common.ConsoleLinkButton;
import dev.berth.ui.common.CopyArnButton;
import dev.berth.ui.common.DetailsPane;
import dev.berth.ui.common.LazyTab;
import dev.berth.ui.common.MasterDetail;
import dev.berth.ui.common.RowTable;
import dev.berth.ui.common.ToolButton;
import dev.berth.ui.common.WriteLock;
import dev.berth.ui.events.ScheduledTasksPane;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The clusters area: table of clusters, their details and event feed, create and delete. */
public final class ClustersView {
    private final ClustersViewModel viewModel;
    private final AreaFrame frame;
    private final RowTable<ClusterRow> table;
    private final DetailsPane details = new DetailsPane("clusters-details", "Select a cluster to see its details.");
    private final MasterDetail masterDetail;
    private final WriteLock writes;

    public ClustersView(ClustersViewModel viewModel, ClusterSelection selection, WriteLock writes) {
        this.viewModel = viewModel;
        frame = new AreaFrame("clusters", "Clusters", viewModel);
        table = new RowTable<>("clusters-table", viewModel.rows().visible(),
                "No clusters yet. Create one to run services and tasks.");
        table.addTextColumn("Cluster", 240, ClusterRow::nameProperty);
        table.addStatusColumn("Status", 100, ClusterRow::statusProperty);
        table.addNumberColumn("Services", 85, ClusterRow::activeServicesProperty);
        table.addNumberColumn("Running tasks", 115, ClusterRow::runningTasksProperty);
        table.addNumberColumn("Pending tasks", 115, ClusterRow::pendingTasksProperty);
        table.addNumberColumn("Container instances", 155, ClusterRow::containerInstancesProperty);
        table.addTextColumn("Capacity providers", 320, ClusterRow::capacityProvidersProperty);
        LazyTab capacity = new LazyTab("Capacity", () -> new CapacityPane(viewModel.capacity(), writes));
        LazyTab feed = new LazyTab("Event feed", () -> new ClusterFeedPane(viewModel.feed()));
        LazyTab scheduledTasks = new LazyTab("Scheduled tasks",
                () -> new ScheduledTasksPane(viewModel.scheduledTasks(), writes));
        TabPane tabs = new TabPane(new Tab("Details", details), capacity, feed, scheduledTasks);
        viewModel.capacity().onScreen().follow(capacity);
        viewModel.feed().onScreen().follow(feed);
        viewModel.scheduledTasks().onScreen().follow(scheduledTasks);
        tabs.setId("clusters-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        masterDetail = new MasterDetail(table, tabs);
        tabs.getSelectionModel().selectedIndexProperty().addListener((observable, old, index) -> {
            if (index.intValue() > 0) {
                masterDetail.giveDetailsRoom();
            }
        });
        table.setOnOpen(() -> {
            masterDetail.openDetails();
            tabs.getSelectionModel().selectFirst();
        });
        table.setOnDelete(this::deleteSelected);

        ObservableValue<Cluster> selectedCluster = table.selectedRowProperty().flatMap(ClusterRow::itemProperty);
        details.follow(selectedCluster, ClusterDetails::of);
        viewModel.capacity().clusterProperty().bind(selectedCluster);
        selectedCluster.addListener((observable, old, cluster) -> {
            if (cluster != null) {
                selection.select(cluster.clusterName());
            }
            viewModel.feed().select(cluster == null ? null : cluster.clusterName());
            viewModel.scheduledTasks().clusterArnProperty().set(cluster == null ? null : cluster.clusterArn());
        });

        frame.addFilter(viewModel.rows().filterProperty(), "Filter clusters");
        this.writes = writes;
        ToolButton create = new ToolButton("clusters-create", "Create", MaterialDesignP.PLUS,
                () -> CreateClusterDialog.show(frame.getScene().getWindow(), viewModel));
        writes.guard(create);
        ObservableValue<String> arn = selectedCluster.map(Cluster::clusterArn);
        frame.addActions(create, deleteButton(), new CopyArnButton("clusters-copy-arn", arn),
                new ConsoleLinkButton("clusters-console", arn));
        frame.setContent(masterDetail);
    }

    private ToolButton deleteButton() {
        ToolButton delete = new ToolButton("clusters-delete", "Delete", MaterialDesignD.DELETE_OUTLINE,
                this::deleteSelected);
        writes.guard(delete, table.selectedRowProperty().isNull());
        return delete;
    }

    private void deleteSelected() {
        ClusterRow row = table.selectedRow();
        if (row == null || writes.isLocked()) {
            return;
        }
        ConfirmDeleteDialog.show(frame.getScene().getWindow(), "Delete cluster " + row.name(),
                "Deleting cluster '" + row.name() + "' cannot be undone. A cluster with services, tasks or "
                        + "container instances cannot be deleted.",
                row.name(), outcome -> viewModel.delete(row.name(), outcome));
    }

    /** The area as the main window shows it. */
    public AreaFrame frame() {
        return frame;
    }
}
