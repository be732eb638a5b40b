package dev.berth.ui.rollout;

import dev.berth.core.rollout.DeploymentSpan;
import dev.berth.ui.common.ModelRow;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Instant;
import java.util.List;

/** One deployment of the selected service: listed now by AWS, or recorded earlier. */
public final class DeploymentRow extends ModelRow<DeploymentSpan> {
    private final StringProperty deploymentId = new SimpleStringProperty(this, "deploymentId");
    private final StringProperty status = new SimpleStringProperty(this, "status");
    private final StringProperty taskDefinition = new SimpleStringProperty(this, "taskDefinition");
    private final IntegerProperty desired = new SimpleIntegerProperty(this, "desired");
    private final IntegerProperty pending = new SimpleIntegerProperty(this, "pending");
    private final IntegerProperty running = new SimpleIntegerProperty(this, "running");
    private final IntegerProperty failedTasks = new SimpleIntegerProperty(this, "failedTasks");
    private final StringProperty rolloutState = new SimpleStringProperty(this, "rolloutState");
    private final StringProperty rolloutStateReason = new SimpleStringProperty(this, "rolloutStateReason");
    private final ObjectProperty<Instant> createdAt = new SimpleObjectProperty<>(this, "createdAt");
    private final ObjectProperty<Instant> finishedAt = new SimpleObjectProperty<>(this, "finishedAt");

    public DeploymentRow(String id) {
        super(id);
    }

    @Override
    protected void show(DeploymentSpan deployment) {
        deploymentId.set(deployment.deploymentId());
        status.set(deployment.status());
        taskDefinition.set(deployment.taskDefinition());
        desired.set(deployment.desiredCount());
        pending.set(deployment.pendingCount());
        running.set(deployment.runningCount());
        failedTasks.set(deployment.failedTasks());
        rolloutState.set(deployment.rolloutState());
        rolloutStateReason.set(deployment.rolloutStateReason());
        createdAt.set(deployment.createdAt());
        finishedAt.set(deployment.finishedAt());
    }

    @Override
    protected Iterable<String> searchableText(DeploymentSpan deployment) {
        return List.of(deployment.deploymentId(), deployment.status(), deployment.taskDefinition(),
                String.valueOf(deployment.rolloutState()));
    }

    public ReadOnlyStringProperty deploymentIdProperty() {
        return deploymentId;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty taskDefinitionProperty() {
        return taskDefinition;
    }

    public ReadOnlyIntegerProperty desiredProperty() {
        return desired;
    }

    public ReadOnlyIntegerProperty pendingProperty() {
        return pending;
    }

    public ReadOnlyIntegerProperty runningProperty() {
        return running;
    }

    public ReadOnlyIntegerProperty failedTasksProperty() {
        return failedTasks;
    }

    public ReadOnlyStringProperty rolloutStateProperty() {
        return rolloutState;
    }

    public ReadOnlyStringProperty rolloutStateReasonProperty() {
        return rolloutStateReason;
    }

    public ReadOnlyObjectProperty<Instant> createdAtProperty() {
        return createdAt;
    }

    public ReadOnlyObjectProperty<Instant> finishedAtProperty() {
        return finishedAt;
    }
}
