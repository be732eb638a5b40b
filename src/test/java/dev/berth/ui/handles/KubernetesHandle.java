package dev.berth.ui.handles;

import dev.berth.ui.eks.EksClusterRow;
import dev.berth.ui.eks.EksNodeRow;
import dev.berth.ui.eks.NodegroupRow;
import dev.berth.ui.eks.UpdateRow;
import org.testfx.api.FxRobot;

import java.util.List;

/** The Kubernetes area: clusters, node groups and their nodes, the updates tab, and the create and scaling dialogs. */
public final class KubernetesHandle {
    private final FxRobot robot;
    private final TableHandle<EksClusterRow> clusters;
    private final TableHandle<NodegroupRow> nodegroups;
    private final TableHandle<EksNodeRow> nodes;
    private final TableHandle<UpdateRow> updates;
    private final DialogHandle dialog;

    public KubernetesHandle(FxRobot robot) {
        this.robot = robot;
        this.clusters = new TableHandle<>(robot, "eks-clusters", "kubernetes-filter");
        this.nodegroups = new TableHandle<>(robot, "eks-nodegroups", null);
        this.nodes = new TableHandle<>(robot, "eks-nodes", null);
        this.updates = new TableHandle<>(robot, "eks-updates", null);
        this.dialog = new DialogHandle(robot);
    }

    public EksClusterRow cluster(String name) {
        return clusters.row(row -> row.name().equals(name))
                .orElseThrow(() -> new AssertionError("No EKS cluster " + name + " in " + clusters.rows()));
    }

    public NodegroupRow nodegroup(String name) {
        return nodegroups.row(row -> row.name().equals(name))
                .orElseThrow(() -> new AssertionError("No node group " + name + " in " + nodegroups.rows()));
    }

    public List<EksNodeRow> nodes() {
        return nodes.rows();
    }

    public List<UpdateRow> updates() {
        robot.clickOn("Updates");
        List<UpdateRow> rows = updates.rows();
        robot.clickOn("Node groups");
        return rows;
    }

    /** Create → Cluster…: the name and subnets typed, the rest (role, default version) as the dialog offers it. */
    public void createCluster(String name, String subnets) {
        choose("#eks-create", "Cluster…");
        dialog.type("eks-cluster-name", name).paste("eks-cluster-subnets", subnets).submit();
    }

    /** Create → Node group… for the selected cluster: the name typed, everything else as offered. */
    public DialogHandle startCreateNodegroup(String name) {
        choose("#eks-create", "Node group…");
        return dialog.type("nodegroup-name", name);
    }

    /** Edit scaling of the selected node group. */
    public void scale(int min, int max, int desired) {
        robot.clickOn("#eks-edit-scaling");
        dialog.type("nodegroup-min-size", String.valueOf(min)).type("nodegroup-max-size", String.valueOf(max))
                .type("nodegroup-desired-size", String.valueOf(desired)).submit();
    }

    /** Selects the first node and interrupts it, with or without Spot capacity for a replacement. */
    public void interruptFirstNode(boolean capacityAvailable) {
        nodes.click(row -> row == nodes.rows().get(0));
        robot.clickOn("#eks-interrupt-spot");
        dialog.tick("spot-capacity", capacityAvailable).submit();
    }

    private void choose(String menuButton, String item) {
        robot.clickOn(menuButton);
        robot.clickOn(item);
    }
}
