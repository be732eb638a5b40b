package dev.berth.ui.clusters;

import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.EcsInventory;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.model.Cluster;
import dev.berth.ui.common.AreaModel;
import dev.berth.ui.common.BackgroundTasks;
import dev.berth.ui.common.ChangeRunner;
import dev.berth.ui.common.ClusterSelection;
import dev.berth.ui.common.ErrorContext;
import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.common.FilteredRows;
import dev.berth.ui.common.Messages;
import dev.berth.ui.common.Outcome;
import dev.berth.ui.common.Refresher;
import dev.berth.ui.events.ScheduledTasksViewModel;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** The clusters area: every cluster of the account and region, create and delete. */
public final class ClustersViewModel implements AreaModel {
    private final EcsGateway ecs;
    private final EcsInventory inventory;
    private final Gateway gateway;
    private final ClusterSelection selection;
    private final Refresher refresher;
    private final ChangeRunner changes;
    private final FilteredRows<Cluster, ClusterRow> rows = new FilteredRows<>(Cluster::clusterArn, ClusterRow::new);
    private final ClusterFeedViewModel feed;
    private final ScheduledTasksViewModel scheduledTasks;
    private final CapacityViewModel capacity;

    public ClustersViewModel(Gateway gateway, BackgroundTasks background, Clock clock, ClusterSelection selection) {
        this.ecs = gateway.ecs();
        this.inventory = EcsInventory.of(gateway);
        this.gateway = gateway;
        this.selection = selection;
        this.refresher = new Refresher(background, clock);
        this.changes = new ChangeRunner(background);
        this.feed = new ClusterFeedViewModel(gateway, background);
        this.scheduledTasks = new ScheduledTasksViewModel(gateway, background, clock);
        this.capacity = new CapacityViewModel(gateway, background, clock);
    }

    /** The clusters; each details tab's model reads only while its tab is on screen ({@code onScreen()}). */
    @Override
    public void refresh() {
        refresher.read(inventory::clusters, this::show, failure -> Messages.explain(failure, ErrorContext.in(gateway.region())));
        feed.refresh();
        scheduledTasks.refresh();
        capacity.refresh();
    }

    private void show(List<Cluster> clusters) {
        rows.update(clusters);
        selection.offer(clusters.stream().filter(cluster -> "ACTIVE".equals(cluster.status()))
                .map(Cluster::clusterName).sorted().collect(Collectors.toList()));
    }

    /** Validates the form; if valid, creates the cluster and reports to {@code outcome}. */
    public FieldErrors create(CreateClusterForm form, Outcome outcome) {
        FieldErrors errors = form.validate();
        if (errors.isEmpty()) {
            changes.run(() -> ecs.createCluster(form.toRequest()),
                    failure -> Messages.explain(failure, ErrorContext.in(gateway.region()).cluster(form.name())),
                    outcome, created -> {
                        selection.select(created.clusterName());
                        refresh();
                    });
        }
        return errors;
    }

    public void delete(String clusterName, Outcome outcome) {
        changes.run(() -> ecs.deleteCluster(clusterName),
                failure -> Messages.explain(failure, ErrorContext.in(gateway.region()).cluster(clusterName)),
                outcome, deleted -> refresh());
    }

    /** Tasks are starting somewhere. */
    @Override
    public boolean changing() {
        return rows.all().stream().map(ClusterRow::item).anyMatch(cluster -> cluster.pendingTasksCount() > 0);
    }

    /** The selected cluster's event feed. */
    public ClusterFeedViewModel feed() {
        return feed;
    }

    /** The selected cluster's container instances and capacity providers. */
    public CapacityViewModel capacity() {
        return capacity;
    }

    public FilteredRows<Cluster, ClusterRow> rows() {
        return rows;
    }

    /** The selected cluster's scheduled tasks (EventBridge rules that run tasks in it). */
    public ScheduledTasksViewModel scheduledTasks() {
        return scheduledTasks;
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
