package dev.berth.ui.eks;

import dev.berth.core.gateway.EksGateway;
import dev.berth.core.gateway.EksInventory;
import dev.berth.core.gateway.FaultInjection;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.model.Addon;
import dev.berth.core.model.EksCluster;
import dev.berth.core.model.EksNode;
import dev.berth.core.model.FargateProfile;
import dev.berth.core.model.Nodegroup;
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
 * The Kubernetes area: EKS clusters; the selected cluster's node groups, Fargate profiles, add-ons and updates; the
 * selected node group's nodes. Creates clusters and node groups, edits scaling, upgrades versions, deletes.
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

    public EksViewModel(Gateway gateway, BackgroundTasks background, Clock clock) {
        this.eks = gateway.eks();
        this.inventory = new EksInventory(eks);
        this.region = gateway.region();
        this.accountId = gateway.accountId();
        this.faults = gateway.faultInjection();
        this.refresher = new Refresher(background, clock);
        this.changes = new ChangeRunner(background);
        selectedCluster.addListener((observable, old, name) -> {
            selectedNodegroup.set(null);
            refresh();
        });
        selectedNodegroup.addListener((observable, old, name) -> refresh());
    }

    @Override
    public void refresh() {
        String cluster = selectedCluster.get();
        String nodegroup = selectedNodegroup.get();
        refresher.read(() -> read(cluster, nodegroup), this::show, this::explain);
    }

    /** Everything the area shows, read in the background. */
    private EksReading read(String cluster, String nodegroup) {
        List<ClusterSummary> summaries = new ArrayList<>();
        for (EksCluster each : inventory.clusters()) {
            // Every page: the first page alone would cap the counts at the page size.
            summaries.add(new ClusterSummary(each, inventory.nodegroupNames(each.name()).size(),
                    inventory.fargateProfileNames(each.name()).size()));
        }
        if (cluster == null || summaries.stream().noneMatch(summary -> summary.cluster().name().equals(cluster))) {
            return new EksReading(summaries, List.of(), List.of(), List.of(), List.of(), List.of());
        }
        List<NodegroupSummary> groups = new ArrayList<>();
        List<EksNode> selectedNodes = List.of();
        List<UpdateEntry> history = new ArrayList<>();
        inventory.updates(cluster, null).forEach(update -> history.add(new UpdateEntry(cluster, update)));
        for (Nodegroup group : inventory.nodegroups(cluster)) {
            List<EksNode> groupNodes = eks.listNodes(cluster, group.nodegroupName());
            groups.add(NodegroupSummary.of(group, groupNodes));
            if (group.nodegroupName().equals(nodegroup)) {
                selectedNodes = groupNodes;
            }
            inventory.updates(cluster, group.nodegroupName())
                    .forEach(update -> history.add(new UpdateEntry(group.nodegroupName(), update)));
        }
        history.sort(Comparator.comparing((UpdateEntry entry) -> entry.update().createdAt()).reversed());
        return new EksReading(summaries, groups, selectedNodes, history, inventory.fargateProfiles(cluster),
                inventory.addons(cluster));
    }

    private void show(EksReading reading) {
        clusters.update(reading.clusters());
        nodegroups.update(reading.nodegroups());
        nodes.update(reading.nodes());
        updates.update(reading.updates());
        fargateProfiles.update(reading.fargateProfiles());
        addons.set(reading.addons());
        // Like the console, show the first cluster and its first node group until the user picks others.
        selectFirstUnlessShown(selectedCluster, reading.clusters().stream().map(summary -> summary.cluster().name())
                .toList());
        selectFirstUnlessShown(selectedNodegroup, reading.nodegroups().stream()
                .map(summary -> summary.nodegroup().nodegroupName()).toList());
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
