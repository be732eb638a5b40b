package dev.berth.ui.tasks;

import dev.berth.core.model.Task;
import dev.berth.ui.common.ModelRow;
import dev.berth.ui.common.ResourceNames;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Instant;
import java.util.List;

/** One task in the tasks table. */
public final class TaskRow extends ModelRow<Task> {
    private final StringProperty taskId = new SimpleStringProperty(this, "taskId");
    private final StringProperty lastStatus = new SimpleStringProperty(this, "lastStatus");
    private final StringProperty desiredStatus = new SimpleStringProperty(this, "desiredStatus");
    private final StringProperty taskDefinition = new SimpleStringProperty(this, "taskDefinition");
    private final StringProperty group = new SimpleStringProperty(this, "group");
    private final StringProperty launchType = new SimpleStringProperty(this, "launchType");
    private final ObjectProperty<Instant> startedAt = new SimpleObjectProperty<>(this, "startedAt");
    private final ObjectProperty<Instant> stoppedAt = new SimpleObjectProperty<>(this, "stoppedAt");
    private final StringProperty stoppedReason = new SimpleStringProperty(this, "stoppedReason");
    private final StringProperty privateIp = new SimpleStringProperty(this, "privateIp");

    public TaskRow(String taskArn) {
        super(taskArn);
    }

    @Override
    protected void show(Task task) {
        taskId.set(task.taskId());
        lastStatus.set(task.lastStatus());
        desiredStatus.set(task.desiredStatus());
        taskDefinition.set(ResourceNames.familyRevision(task.taskDefinitionArn()));
        group.set(task.group());
        launchType.set(task.launchType() != null ? task.launchType() : task.capacityProviderName());
        startedAt.set(task.startedAt());
        stoppedAt.set(task.stoppedAt());
        stoppedReason.set(task.stoppedReason());
        privateIp.set(task.privateIpv4Address());
    }

    @Override
    protected Iterable<String> searchableText(Task task) {
        return List.of(task.taskId(), task.lastStatus(), task.desiredStatus(),
                ResourceNames.familyRevision(task.taskDefinitionArn()), String.valueOf(task.group()),
                String.valueOf(task.stoppedReason()), String.valueOf(task.privateIpv4Address()));
    }

    public String taskId() {
        return taskId.get();
    }

    public ReadOnlyStringProperty taskIdProperty() {
        return taskId;
    }

    public ReadOnlyStringProperty lastStatusProperty() {
        return lastStatus;
    }

    public ReadOnlyStringProperty desiredStatusProperty() {
        return desiredStatus;
    }

    public ReadOnlyStringProperty taskDefinitionProperty() {
        return taskDefinition;
    }

    public ReadOnlyStringProperty groupProperty() {
        return group;
    }

    public ReadOnlyStringProperty launchTypeProperty() {
        return launchType;
    }

    public ReadOnlyObjectProperty<Instant> startedAtProperty() {
        return startedAt;
    }

    public ReadOnlyObjectProperty<Instant> stoppedAtProperty() {
        return stoppedAt;
    }

    public ReadOnlyStringProperty stoppedReasonProperty() {
        return stoppedReason;
    }

    public ReadOnlyStringProperty privateIpProperty() {
        return privateIp;
    }
}
