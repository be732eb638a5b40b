package dev.berth.ui.services;

import dev.berth.ui.common.ModelRow;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Arrays;
import java.util.Objects;

/** One row of the Load balancing tab: a task's target and its health. */
public final class TargetRow extends ModelRow<ServiceTarget> {
    private final StringProperty task = new SimpleStringProperty(this, "task");
    private final StringProperty targetGroup = new SimpleStringProperty(this, "targetGroup");
    private final StringProperty target = new SimpleStringProperty(this, "target");
    private final StringProperty state = new SimpleStringProperty(this, "state");
    private final StringProperty reason = new SimpleStringProperty(this, "reason");
    private final StringProperty description = new SimpleStringProperty(this, "description");

    TargetRow(String id) {
        super(id);
    }

    @Override
    protected void show(ServiceTarget next) {
        task.set(next.taskId() == null ? "" : next.taskId());
        targetGroup.set(next.targetGroup());
        target.set(next.port() == null ? next.target() : next.target() + ":" + next.port());
        state.set(next.state());
        reason.set(next.reason() == null ? "" : next.reason());
        description.set(next.description() == null ? "" : next.description());
    }

    @Override
    protected Iterable<String> searchableText(ServiceTarget next) {
        return Arrays.asList(next.taskId(), next.target(), next.state(), next.reason()).stream()
                .filter(Objects::nonNull).toList();
    }

    public String task() {
        return task.get();
    }

    public String state() {
        return state.get();
    }

    public String reason() {
        return reason.get();
    }

    public String description() {
        return description.get();
    }

    ReadOnlyStringProperty taskProperty() {
        return task;
    }

    ReadOnlyStringProperty targetGroupProperty() {
        return targetGroup;
    }

    ReadOnlyStringProperty targetProperty() {
        return target;
    }

    ReadOnlyStringProperty stateProperty() {
        return state;
    }

    ReadOnlyStringProperty reasonProperty() {
        return reason;
    }

    ReadOnlyStringProperty descriptionProperty() {
        return description;
    }
}
