package dev.berth.ui.eks;

import dev.berth.core.gateway.EksGateway;
import dev.berth.core.gateway.EksInventory;
import dev.berth.core.gateway.FaultInjection;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.model.Addon;
import dev.berth.core.model.EksCluster;
import dev.berth.core.model.EksNode;
import dev.berth.core.model.EksUpdate;
import dev.berth.core.model.FargateProfile;
import dev.berth.core.model.SpotInterruption;
import dev.berth.ui.common.AreaModel;
import dev.berth.ui.common.BackgroundTasks;
import dev.berth.ui.common.ChangeRunner;
import dev.berth.ui.common.ErrorContext;
import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.common.FilteredRows;
import dev.berth.ui.common.Messages;
import dev.berth.ui.common.Outcome;
import dev.berth.ui.common.Refresher;
import dev.berth.ui.common.WhileShown;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The Kubernetes area: EKS clusters; the selected cluster's node groups, Fargate profiles, add-ons and updates, each
 * read only while its tab is on screen; the selected node group's nodes. Creates clusters and node groups, edits
 * scaling, upgrades versions, deletes.
 */
public final class EksViewModel implements AreaModel {
    private final EksGateway eks;
    private final EksInventory inventory;
    private final String region;
    private final Optional<String> accountId;
    private final Optional<FaultInjection> faults;
    private final Refresher refresher;
    private final ChangeRunner changes;
    private final FilteredRows<ClusterSummary, EksClusterRow> clusters =
            new FilteredRows<>(summary -> summary.cluster().name(), EksClusterRow::new);
    private final FilteredRows<NodegroupSummary, NodegroupRow> nodegroups =
            new FilteredRows<>(summary -> summary.nodegroup().nodegroupName(), NodegroupRow::new);
    private final FilteredRows<EksNode, EksNodeRow> nodes = new FilteredRows<>(EksNode::instanceId, EksNodeRow::new);
    private final FilteredRows<UpdateEntry, UpdateRow> updates =
            new FilteredRows<>(entry -> entry.update().id(), UpdateRow::new);
    private final FilteredRows<FargateProfile, FargateProfileRow> fargateProfiles =
            new FilteredRows<>(FargateProfile::fargateProfileArn, FargateProfileRow::new);
    private final ReadOnlyObjectWrapper<List<Addon>> addons = new ReadOnlyObjectWrapper<>(this, "addons", List.of());
    private final StringProperty selectedCluster = new SimpleStringProperty(this, "selectedCluster");
    private final StringProperty selectedNodegroup = new SimpleStringProperty(this, "selectedNodegroup");
    private final WhileShown nodegroupsOnScreen = new WhileShown(this::refresh);
    private final WhileShown detailsOnScreen = new WhileShown(this::refresh);
    private final WhileShown fargateProfilesOnScreen = new WhileShown(this::refresh);
    private final WhileShown updatesOnScreen = new WhileShown(this::refresh);

    public EksViewModel(Gateway gateway, BackgroundTasks background, Clock clock) {
        this.eks = gateway.eks();
        this.inventory = new EksInventory(eks);
        this.region = gateway.region();
        this.accountId = gateway.accountId();
        this.faults = gateway.faultInjection();
        this.refresher = new Refresher(background, clock);
        this.changes = new ChangeRunner(background);
        selectedCluster.addListener((observable, old, name) -> {
            // A hidden tab is read when it comes into view; until then it shows nothing of another cluster.
            nodegroups.clear();
            nodes.clear();
            updates.clear();
            fargateProfiles.clear();
            addons.set(List.of());
            selectedNodegroup.set(null);
            refresh();
        });
        selectedNodegroup.addListener((observable, old, name) -> refresh());
    }

    @Override
    public void refresh() {
        String cluster = selectedCluster.get();
        String nodegroup = selectedNodegroup.get();
        Tabs shown = new Tabs(nodegroupsOnScreen.isShown(), detailsOnScreen.isShown(),
                fargateProfilesOnScreen.isShown(), updatesOnScreen.isShown());
        refresher.read(() -> read(cluster, nodegroup, shown), this::show, this::explain);
    }

    /** Which of the selected cluster's tabs were on screen when a refresh started: only those are read. */
    private record Tabs(boolean nodegroups, boolean details, boolean fargateProfiles, boolean updates) {
    }

    /** Everything the area shows, read in the background: the clusters, and what the shown tabs show. */
    private EksReading read(String cluster, String nodegroup, Tabs shown) {
        List<ClusterSummary> summaries = new ArrayList<>();
        List<String> groupNames = null;
        for (EksCluster each : inventory.clusters()) {
            // Every page: the first page alone would cap the counts at the page size.
            List<String> names = inventory.nodegroupNames(each.name());
            summaries.add(new ClusterSummary(each, names.size(), inventory.fargateProfileNames(each.name()).size()));
            if (each.name().equals(cluster)) {
                groupNames = names;
            }
        }
        if (groupNames == null) {
            return new EksReading(summaries, List.of(), List.of(), List.of(), List.of(), List.of());
        }
        List<NodegroupSummary> groups = null;
        List<EksNode> selectedNodes = null;
        if (shown.nodegroups()) {
            groups = new ArrayList<>();
            selectedNodes = List.of();
            for (String name : groupNames) {
                List<EksNode> groupNodes = eks.listNodes(cluster, name);
                groups.add(NodegroupSummary.of(eks.describeNodegroup(cluster, name), groupNodes));
                if (name.equals(nodegroup)) {
                    selectedNodes = groupNodes;
                }
            }
        }
        return new EksReading(summaries, groups, selectedNodes, shown.updates() ? updates(cluster, groupNames) : null,
                shown.fargateProfiles() ? inventory.fargateProfiles(cluster) : null,
                shown.details() ? inventory.addons(cluster) : null);
    }

    /** The updates of the cluster and of each of its node groups, newest first. */
    private List<UpdateEntry> updates(String cluster, List<String> nodegroupNames) {
        List<UpdateEntry> history = new ArrayList<>();
        for (EksUpdate update : inventory.updates(cluster, null)) {
            history.add(new UpdateEntry(cluster, update));
        }
        for (String name : nodegroupNames) {
            for (EksUpdate update : inventory.updates(cluster, name)) {
                history.add(new UpdateEntry(name, update));
            }
        }
        history.sort(Comparator.comparing((UpdateEntry entry) -> entry.update().createdAt()).reversed());
        return history;
    }

    /** The clusters, and each part of the selected cluster that was read (a part not read is null). */
    private void show(EksReading reading) {
        clusters.update(reading.clusters());
        if (reading.nodegroups() != null) {
            nodegroups.update(reading.nodegroups());
            nodes.update(reading.nodes());
        }
        if (reading.updates() != null) {
            updates.update(reading.updates());
        }
        if (reading.fargateProfiles() != null) {
            fargateProfiles.update(reading.fargateProfiles());
        }
        if (reading.addons() != null) {
            addons.set(reading.addons());
        }
        // Like the console, show the first cluster and its first node group until the user picks others.
        selectFirstUnlessShown(selectedCluster, reading.clusters().stream().map(summary -> summary.cluster().name())
                .toList());
        if (reading.nodegroups() != null) {
            selectFirstUnlessShown(selectedNodegroup, reading.nodegroups().stream()
                    .map(summary -> summary.nodegroup().nodegroupName()).toList());
        }
    }

    private static void selectFirstUnlessShown(StringProperty selected, List<String> names) {
        if (!names.isEmpty() && !names.contains(selected.get())) {
            selected.set(names.get(0));
        }
    }

    private String explain(Throwable failure) {
        return Messages.explain(failure, ErrorContext.in(region).cluster(selectedCluster.get()));
    }

    /** The IAM role ARN for {@code roleName} in the backend's account, or empty when the account is not known. */
    public String roleArn(String roleName) {
        return accountId.map(account -> "arn:aws:iam::" + account + ":role/" + roleName).orElse("");
    }

    public FieldErrors createCluster(CreateEksClusterForm form, Outcome outcome) {
        FieldErrors errors = form.validate();
        if (errors.isEmpty()) {
            changes.run(() -> eks.createCluster(form.toRequest()),
                    failure -> Messages.explain(failure, ErrorContext.in(region).cluster(form.name())), outcome,
                    created -> {
                        selectedCluster.set(created.name());
                        refresh();
                    });
        }
        return errors;
    }

    public FieldErrors createNodegroup(CreateNodegroupForm form, Outcome outcome) {
        FieldErrors errors = form.validate();
        if (errors.isEmpty()) {
            changes.run(() -> eks.createNodegroup(form.toRequest()), this::explain, outcome, created -> {
                selectedNodegroup.set(created.nodegroupName());
                refresh();
            });
        }
        return errors;
    }

    public FieldErrors updateScaling(ScalingForm form, Outcome outcome) {
        FieldErrors errors = form.validate();
        if (errors.isEmpty()) {
            changes.run(() -> eks.updateNodegroupConfig(form.toRequest()), this::explain, outcome,
                    update -> refresh());
        }
        return errors;
    }

    public FieldErrors upgradeCluster(String cluster, String version, Outcome outcome) {
        if (version == null || version.isBlank()) {
            return FieldErrors.none().add(UpgradeDialog.VERSION, "Enter the Kubernetes version, e.g. 1.35.");
        }
        changes.run(() -> eks.updateClusterVersion(cluster, version.strip()), this::explain, outcome,
                update -> refresh());
        return FieldErrors.none();
    }

    /** Brings the node group to its cluster's Kubernetes version. */
    public void upgradeNodegroup(String cluster, String nodegroup, Outcome outcome) {
        changes.run(() -> eks.updateNodegroupVersion(cluster, nodegroup, null), this::explain, outcome,
                update -> refresh());
    }

    /** Whether the backend can be told to interrupt Spot nodes: the simulator can, AWS cannot. */
    public boolean canInterruptSpot() {
        return faults.isPresent();
    }

    public void interruptSpotNode(String cluster, EksNode node, boolean capacityAvailable, Outcome outcome) {
        changes.run(() -> faults.orElseThrow().interruptSpotInstance(new SpotInterruption(cluster,
                node.nodegroupName(), node.instanceId(), capacityAvailable)), this::explain, outcome,
                interrupted -> refresh());
    }

    public void deleteCluster(String cluster, Outcome outcome) {
        changes.run(() -> eks.deleteCluster(cluster), this::explain, outcome, deleted -> refresh());
    }

    public void deleteNodegroup(String cluster, String nodegroup, Outcome outcome) {
        changes.run(() -> eks.deleteNodegroup(cluster, nodegroup), this::explain, outcome, deleted -> refresh());
    }

    public FilteredRows<ClusterSummary, EksClusterRow> clusters() {
        return clusters;
    }

    public FilteredRows<NodegroupSummary, NodegroupRow> nodegroups() {
        return nodegroups;
    }

    public FilteredRows<EksNode, EksNodeRow> nodes() {
        return nodes;
    }

    public FilteredRows<UpdateEntry, UpdateRow> updates() {
        return updates;
    }

    public FilteredRows<FargateProfile, FargateProfileRow> fargateProfiles() {
        return fargateProfiles;
    }

    public ReadOnlyObjectProperty<List<Addon>> addonsProperty() {
        return addons.getReadOnlyProperty();
    }

    /** The Node groups tab: the selected cluster's node groups and their nodes are read only while it is shown. */
    public WhileShown nodegroupsOnScreen() {
        return nodegroupsOnScreen;
    }

    /** The Details tab: the selected cluster's add-ons are read only while it is shown. */
    public WhileShown detailsOnScreen() {
        return detailsOnScreen;
    }

    public WhileShown fargateProfilesOnScreen() {
        return fargateProfilesOnScreen;
    }

    /** The Updates tab: the updates of the cluster and of each node group are read only while it is shown. */
    public WhileShown updatesOnScreen() {
        return updatesOnScreen;
    }

    /** The cluster whose node groups, profiles and updates are shown; its name, or null. */
    public StringProperty selectedClusterProperty() {
        return selectedCluster;
    }

    /** The node group whose nodes are shown; its name, or null. */
    public StringProperty selectedNodegroupProperty() {
        return selectedNodegroup;
    }

    @Override
    public ReadOnlyStringProperty errorProperty() {
        return refresher.errorProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Instant> refreshedAtProperty() {
        return refresher.refreshedAtProperty();
    }
}
