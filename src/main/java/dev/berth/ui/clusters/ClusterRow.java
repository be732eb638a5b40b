package dev.berth.ui.clusters;

import dev.berth.core.model.Cluster;
import dev.berth.ui.common.ModelRow;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/** One cluster in the clusters table. */
public final class ClusterRow extends ModelRow<Cluster> {
    private final StringProperty name = new SimpleStringProperty(this, "name");
    private final StringProperty status = new SimpleStringProperty(this, "status");
    private final IntegerProperty activeServices = new SimpleIntegerProperty(this, "activeServices");
    private final IntegerProperty runningTasks = new SimpleIntegerProperty(this, "runningTasks");
    private final IntegerProperty pendingTasks = new SimpleIntegerProperty(this, "pendingTasks");
    private final IntegerProperty containerInstances = new SimpleIntegerProperty(this, "containerInstances");
    private final StringProperty capacityProviders = new SimpleStringProperty(this, "capacityProviders");

    public ClusterRow(String clusterArn) {
        super(clusterArn);
    }

    @Override
    protected void show(Cluster cluster) {
        name.set(cluster.clusterName());
        status.set(cluster.status());
        activeServices.set(cluster.activeServicesCount());
        runningTasks.set(cluster.runningTasksCount());
        pendingTasks.set(cluster.pendingTasksCount());
        containerInstances.set(cluster.registeredContainerInstancesCount());
        capacityProviders.set(String.join(", ", cluster.capacityProviders()));
    }

    @Override
    protected Iterable<String> searchableText(Cluster cluster) {
        return List.of(cluster.clusterName(), cluster.status(), String.join(" ", cluster.capacityProviders()));
    }

    public String name() {
        return name.get();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyIntegerProperty activeServicesProperty() {
        return activeServices;
    }

    public ReadOnlyIntegerProperty runningTasksProperty() {
        return runningTasks;
    }

    public ReadOnlyIntegerProperty pendingTasksProperty() {
        return pendingTasks;
    }

    public ReadOnlyIntegerProperty containerInstancesProperty() {
        return containerInstances;
    }

    public ReadOnlyStringProperty capacityProvidersProperty() {
        return capacityProviders;
    }
}
