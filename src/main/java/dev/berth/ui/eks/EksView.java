package dev.berth.ui.eks;

import dev.berth.core.model.EksCluster;
import dev.berth.core.model.EksNode;
import dev.berth.core.model.Nodegroup;
import dev.berth.ui.common.AreaFrame;
import dev.berth.ui.common.ConfirmDeleteDialog;
import dev.berth.ui.common.CopyArnButton;
import dev.berth.ui.common.DetailsPane;
import dev.berth.ui.common.MasterDetail;
import dev.berth.ui.common.RowTable;
import dev.berth.ui.common.ToolButton;
import dev.berth.ui.common.WriteLock;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The Kubernetes area: EKS clusters above; below, the selected cluster's node groups with the selected group's
 * nodes, its details, Fargate profiles and updates history.
 */
public final class EksView {
    private final EksViewModel viewModel;
    private final AreaFrame frame;
    private final WriteLock writes;
    private final RowTable<EksClusterRow> clusters;
    private final RowTable<NodegroupRow> nodegroups;
    private final ObservableValue<EksCluster> selectedCluster;
    private final ObservableValue<Nodegroup> selectedNodegroup;
    private final RowTable<EksNodeRow> nodes;
    private final DetailsPane details = new DetailsPane("eks-cluster-details", "Select a cluster to see its details.");

    public EksView(EksViewModel viewModel, WriteLock writes) {
        this.viewModel = viewModel;
        this.writes = writes;
        frame = new AreaFrame("kubernetes", "Kubernetes", viewModel);
        clusters = new RowTable<>("eks-clusters", viewModel.clusters().visible(),
                "No EKS clusters yet. Create one, then add a node group to run pods on EC2.");
        clusters.addTextColumn("Cluster", 200, EksClusterRow::nameProperty);
        clusters.addTextColumn("Version", 80, EksClusterRow::versionProperty);
        clusters.addStatusColumn("Status", 105, EksClusterRow::statusProperty);
        clusters.addNumberColumn("Node groups", 100, EksClusterRow::nodegroupsProperty);
        clusters.addNumberColumn("Fargate profiles", 130, EksClusterRow::fargateProfilesProperty);
        clusters.addTextColumn("API server endpoint", 520, EksClusterRow::endpointProperty);
        clusters.bindSelection(viewModel.selectedClusterProperty());
        selectedCluster = clusters.selectedRowProperty().flatMap(EksClusterRow::itemProperty)
                .map(ClusterSummary::cluster);

        nodegroups = nodegroupsTable();
        nodegroups.bindSelection(viewModel.selectedNodegroupProperty());
        selectedNodegroup = nodegroups.selectedRowProperty().flatMap(NodegroupRow::itemProperty)
                .map(NodegroupSummary::nodegroup);
        nodes = nodesTable();
        SplitPane groupsAndNodes = new SplitPane(nodegroups, nodes);
        groupsAndNodes.setOrientation(Orientation.VERTICAL);

        selectedCluster.addListener((observable, old, cluster) -> showDetails());
        viewModel.addonsProperty().addListener((observable, old, addons) -> showDetails());

        Tab nodegroupsTab = new Tab("Node groups", groupsAndNodes);
        Tab detailsTab = new Tab("Details", details);
        Tab fargateProfilesTab = new Tab("Fargate profiles", fargateProfilesTable());
        Tab updatesTab = new Tab("Updates", updatesTable());
        viewModel.nodegroupsOnScreen().follow(nodegroupsTab);
        viewModel.detailsOnScreen().follow(detailsTab);
        viewModel.fargateProfilesOnScreen().follow(fargateProfilesTab);
        viewModel.updatesOnScreen().follow(updatesTab);
        TabPane tabs = new TabPane(nodegroupsTab, detailsTab, fargateProfilesTab, updatesTab);
        tabs.setId("eks-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        MasterDetail masterDetail = new MasterDetail(clusters, tabs);
        masterDetail.setDividerPositions(0.3);
        clusters.setOnOpen(masterDetail::openDetails);
        clusters.setOnDelete(this::deleteCluster);
        nodegroups.setOnDelete(this::deleteNodegroup);

        frame.addFilter(viewModel.clusters().filterProperty(), "Filter clusters");
        frame.addActions(actions());
        frame.setContent(masterDetail);
    }

    private void showDetails() {
        EksCluster cluster = selectedCluster.getValue();
        if (cluster == null || writes.isLocked()) {
            details.showNothing();
        } else {
            details.show(EksClusterDetails.of(cluster, viewModel.addonsProperty().get()));
        }
    }

    private RowTable<NodegroupRow> nodegroupsTable() {
        RowTable<NodegroupRow> table = new RowTable<>("eks-nodegroups", viewModel.nodegroups().visible(),
                "Select a cluster to see its node groups.");
        table.addTextColumn("Node group", 170, NodegroupRow::nameProperty);
        table.addStatusColumn("Status", 105, NodegroupRow::statusProperty);
        table.addTextColumn("Instance types", 120, NodegroupRow::instanceTypesProperty);
        table.addTextColumn("Capacity", 95, NodegroupRow::capacityTypeProperty);
        table.addNumberColumn("Min", 50, NodegroupRow::minSizeProperty);
        table.addNumberColumn("Max", 50, NodegroupRow::maxSizeProperty);
        table.addNumberColumn("Desired", 70, NodegroupRow::desiredSizeProperty);
        table.addTextColumn("Nodes ready", 100, NodegroupRow::nodesReadyProperty);
        table.addTextColumn("Version", 70, NodegroupRow::versionProperty);
        table.addTextColumn("Health issues", 240, NodegroupRow::healthProperty);
        return table;
    }

    private RowTable<EksNodeRow> nodesTable() {
        RowTable<EksNodeRow> table = new RowTable<>("eks-nodes", viewModel.nodes().visible(),
                "No nodes: select a node group, or wait for its first nodes to launch.");
        table.addTextColumn("Node", 230, EksNodeRow::nodeNameProperty);
        table.addStatusColumn("Status", 170, EksNodeRow::statusProperty);
        table.addTextColumn("Instance", 170, EksNodeRow::instanceIdProperty);
        table.addTextColumn("Instance state", 115, EksNodeRow::instanceStateProperty);
        table.addTextColumn("Type", 90, EksNodeRow::instanceTypeProperty);
        table.addTextColumn("Capacity", 90, EksNodeRow::capacityTypeProperty);
        table.addTextColumn("Zone", 95, EksNodeRow::availabilityZoneProperty);
        table.addTimeColumn("Launched", 160, EksNodeRow::launchTimeProperty);
        return table;
    }

    private RowTable<FargateProfileRow> fargateProfilesTable() {
        RowTable<FargateProfileRow> table = new RowTable<>("eks-fargate-profiles",
                viewModel.fargateProfiles().visible(), "No Fargate profiles: every pod needs a node.");
        table.addTextColumn("Profile", 200, FargateProfileRow::nameProperty);
        table.addStatusColumn("Status", 105, FargateProfileRow::statusProperty);
        table.addTextColumn("Selectors", 380, FargateProfileRow::selectorsProperty);
        table.addTextColumn("Pod execution role", 420, FargateProfileRow::podExecutionRoleProperty);
        return table;
    }

    private RowTable<UpdateRow> updatesTable() {
        RowTable<UpdateRow> table = new RowTable<>("eks-updates", viewModel.updates().visible(),
                "No updates of this cluster or its node groups yet.");
        table.addTimeColumn("Created", 160, UpdateRow::createdAtProperty);
        table.addTextColumn("Resource", 170, UpdateRow::resourceProperty);
        table.addTextColumn("Type", 120, UpdateRow::typeProperty);
        table.addStatusColumn("Status", 105, UpdateRow::statusProperty);
        table.addTextColumn("Parameters", 480, UpdateRow::paramsProperty);
        return table;
    }

    private Node[] actions() {
        BooleanBinding noCluster = Bindings.createBooleanBinding(() -> selectedCluster.getValue() == null,
                selectedCluster);
        BooleanBinding noNodegroup = Bindings.createBooleanBinding(() -> selectedNodegroup.getValue() == null,
                selectedNodegroup);
        MenuButton create = new MenuButton("Create", new FontIcon(MaterialDesignP.PLUS),
                item("eks-create-cluster", "Cluster…", null,
                        () -> CreateEksClusterDialog.show(window(), viewModel)),
                item("eks-create-nodegroup", "Node group…", noCluster,
                        () -> CreateNodegroupDialog.show(window(), viewModel, selectedCluster.getValue())));
        create.setId("eks-create");
        writes.guard(create);
        ToolButton editScaling = new ToolButton("eks-edit-scaling", "Edit scaling", MaterialDesignP.PENCIL_OUTLINE,
                () -> ScalingDialog.show(window(), viewModel, selectedNodegroup.getValue()));
        writes.guard(editScaling, noNodegroup);
        MenuButton upgrade = new MenuButton("Upgrade", new FontIcon(MaterialDesignA.ARROW_UP_BOLD_OUTLINE),
                item("eks-upgrade-cluster", "Cluster…", noCluster,
                        () -> UpgradeDialog.showForCluster(window(), viewModel, selectedCluster.getValue())),
                item("eks-upgrade-nodegroup", "Node group…", noNodegroup,
                        () -> UpgradeDialog.showForNodegroup(window(), viewModel, selectedNodegroup.getValue(),
                                selectedCluster.getValue())));
        upgrade.setId("eks-upgrade");
        writes.guard(upgrade);
        MenuButton delete = new MenuButton("Delete", new FontIcon(MaterialDesignD.DELETE_OUTLINE),
                item("eks-delete-cluster", "Cluster…", noCluster, this::deleteCluster),
                item("eks-delete-nodegroup", "Node group…", noNodegroup, this::deleteNodegroup));
        delete.setId("eks-delete");
        writes.guard(delete);
        CopyArnButton copyArn = new CopyArnButton("eks-copy-arn", selectedCluster.map(EksCluster::arn));
        if (!viewModel.canInterruptSpot()) {
            return new Node[]{create, editScaling, upgrade, delete, copyArn};
        }
        return new Node[]{create, editScaling, upgrade, delete, spotInterruptionButton(), copyArn};
    }

    /** Simulator only: interrupt the selected node when it is a running Spot instance. */
    private ToolButton spotInterruptionButton() {
        ObservableValue<EksNode> selectedNode = nodes.selectedRowProperty().flatMap(EksNodeRow::itemProperty);
        ToolButton interrupt = new ToolButton("eks-interrupt-spot", "Interrupt Spot", MaterialDesignL.LIGHTNING_BOLT,
                () -> SpotInterruptionDialog.show(window(), viewModel, selectedCluster.getValue().name(),
                        selectedNode.getValue()));
        interrupt.disableProperty().bind(Bindings.createBooleanBinding(() -> selectedNode.getValue() == null
                || !"SPOT".equals(selectedNode.getValue().capacityType())
                || !"running".equals(selectedNode.getValue().instanceState()), selectedNode));
        return interrupt;
    }

    /** A menu entry with an id for tests, disabled while {@code disabled} holds (never, when null). */
    private static MenuItem item(String id, String text, BooleanBinding disabled, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(event -> action.run());
        if (disabled != null) {
            item.disableProperty().bind(disabled);
        }
        return item;
    }

    private void deleteCluster() {
        EksCluster cluster = selectedCluster.getValue();
        if (cluster == null) {
            return;
        }
        ConfirmDeleteDialog.show(window(), "Delete cluster " + cluster.name(),
                "Deleting EKS cluster '" + cluster.name() + "' removes its control plane and cannot be undone. Delete "
                        + "its node groups and Fargate profiles first.",
                cluster.name(), outcome -> viewModel.deleteCluster(cluster.name(), outcome));
    }

    private void deleteNodegroup() {
        Nodegroup group = selectedNodegroup.getValue();
        if (group == null || writes.isLocked()) {
            return;
        }
        ConfirmDeleteDialog.show(window(), "Delete node group " + group.nodegroupName(),
                "Node group '" + group.nodegroupName() + "' will be deleted: its nodes are drained and their EC2 "
                        + "instances terminated. Pods without another node stay Pending.",
                group.nodegroupName(), outcome -> viewModel.deleteNodegroup(group.clusterName(),
                        group.nodegroupName(), outcome));
    }

    private Window window() {
        return frame.getScene().getWindow();
    }

    /** The area as the main window shows it. */
    public AreaFrame frame() {
        return frame;
    }
}
