package dev.berth.ui.eks;

import dev.berth.core.model.EksCluster;
import dev.berth.core.model.Nodegroup;
import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.common.FormDialog;
import dev.berth.ui.common.FormGrid;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Upgrading Kubernetes: a cluster goes one minor version up at a time, after its node groups run its current
 * version; a node group goes to its cluster's version, its nodes replaced one at a time.
 */
final class UpgradeDialog {
    static final String VERSION = "version";

    private UpgradeDialog() {
    }

    static void showForCluster(Window owner, EksViewModel viewModel, EksCluster cluster) {
        StringProperty version = new SimpleStringProperty(nextMinor(cluster.version()));
        FormGrid grid = new FormGrid();
        grid.addText(VERSION, "Kubernetes version", "upgrade-version", version);
        Label note = new Label("Cluster " + cluster.name() + " runs " + cluster.version() + ". EKS upgrades one minor "
                + "version at a time and needs every node group on " + cluster.version() + " first. The control "
                + "plane is UPDATING for about 25 minutes.");
        note.setWrapText(true);
        new FormDialog(owner, "Upgrade cluster " + cluster.name(), "Upgrade", new VBox(10, note, grid), grid,
                outcome -> viewModel.upgradeCluster(cluster.name(), version.get(), outcome)).show();
    }

    static void showForNodegroup(Window owner, EksViewModel viewModel, Nodegroup nodegroup, EksCluster cluster) {
        Label note = new Label("Node group " + nodegroup.nodegroupName() + " runs " + nodegroup.version() + " ("
                + nodegroup.releaseVersion() + "). Upgrading brings it to the newest AMI for the cluster's version "
                + cluster.version() + ", replacing its nodes one at a time.");
        note.setWrapText(true);
        new FormDialog(owner, "Upgrade node group " + nodegroup.nodegroupName(), "Upgrade", note, null, outcome -> {
            viewModel.upgradeNodegroup(cluster.name(), nodegroup.nodegroupName(), outcome);
            return FieldErrors.none();
        }).show();
    }

    /** "1.34" → "1.35"; anything else is offered as it is. */
    static String nextMinor(String version) {
        String[] parts = version == null ? new String[0] : version.split("\\.");
        if (parts.length != 2 || !parts[1].matches("\\d+")) {
            return version;
        }
        return parts[0] + "." + (Integer.parseInt(parts[1]) + 1);
    }
}
