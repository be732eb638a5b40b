package dev.berth.ui.tasks;

import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.EcsInventory;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.model.Task;
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
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.time.Instant;

/** The tasks of the selected cluster whose desired status is RUNNING, or STOPPED; stop a task with a reason. */
public final class TasksViewModel implements AreaModel {
    public static final String RUNNING = "RUNNING";
    public static final String STOPPED = "STOPPED";
    public static final String REASON = "reason";
    /** StopTask's reason is at most 255 characters. */
    static final int MAX_REASON = 255;

    private final EcsGateway ecs;
    private final EcsInventory inventory;
    private final Gateway gateway;
    private final ClusterSelection clusters;
    private final Refresher refresher;
    private final ChangeRunner changes;
    private final StringProperty desiredStatus = new SimpleStringProperty(this, "desiredStatus", RUNNING);
    private final FilteredRows<Task, TaskRow> rows = new FilteredRows<>(Task::taskArn, TaskRow::new);

    public TasksViewModel(Gateway gateway, BackgroundTasks background, Clock clock, ClusterSelection clusters) {
        this.ecs = gateway.ecs();
        this.inventory = EcsInventory.of(gateway);
        this.gateway = gateway;
        this.clusters = clusters;
        this.refresher = new Refresher(background, clock);
        this.changes = new ChangeRunner(background);
        clusters.selectedProperty().addListener((observable, old, cluster) -> startOver());
        desiredStatus.addListener((observable, old, status) -> startOver());
    }

    private void startOver() {
        refresher.cancelPending();
        rows.clear();
        refresh();
    }

    @Override
    public void refresh() {
        String cluster = clusters.selected();
        String status = desiredStatus.get();
        if (cluster == null) {
            rows.clear();
            return;
        }
        refresher.read(() -> inventory.tasks(cluster, status), rows::update,
                failure -> Messages.explain(failure, ErrorContext.in(gateway.region()).cluster(cluster)));
    }

    public FieldErrors stop(String taskArn, String reason, Outcome outcome) {
        FieldErrors errors = FieldErrors.none();
        if (reason != null && reason.length() > MAX_REASON) {
            errors.add(REASON, "A reason has at most " + MAX_REASON + " characters.");
            return errors;
        }
        String cluster = clusters.selected();
        String given = reason == null || reason.isBlank() ? null : reason.strip();
        changes.run(() -> ecs.stopTask(cluster, taskArn, given),
                failure -> Messages.explain(failure, ErrorContext.in(gateway.region()).cluster(cluster)),
                outcome, stopped -> refresh());
        return errors;
    }

    /** A task is between states: starting, or stopping. */
    @Override
    public boolean changing() {
        return rows.all().stream().map(TaskRow::item).anyMatch(task -> !task.lastStatus().equals(task.desiredStatus()));
    }

    public FilteredRows<Task, TaskRow> rows() {
        return rows;
    }

    /** RUNNING or STOPPED, as ListTasks filters by desired status. */
    public StringProperty desiredStatusProperty() {
        return desiredStatus;
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
