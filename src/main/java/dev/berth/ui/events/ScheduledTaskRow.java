package dev.berth.ui.events;

import dev.berth.core.model.RuleInvocation;
import dev.berth.ui.common.ModelRow;
import dev.berth.ui.common.ResourceNames;
import dev.berth.ui.common.TimeText;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;
import java.util.stream.Collectors;

/** One rule of the "Scheduled tasks" tab. */
public final class ScheduledTaskRow extends ModelRow<ScheduledTask> {
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name");
    private final ReadOnlyStringWrapper trigger = new ReadOnlyStringWrapper(this, "trigger");
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(this, "state");
    private final ReadOnlyStringWrapper taskDefinition = new ReadOnlyStringWrapper(this, "taskDefinition");
    private final ReadOnlyStringWrapper lastInvocations = new ReadOnlyStringWrapper(this, "lastInvocations");

    ScheduledTaskRow(String id) {
        super(id);
    }

    @Override
    protected void show(ScheduledTask next) {
        name.set(next.rule().name());
        trigger.set(next.rule().scheduleExpression() != null ? next.rule().scheduleExpression()
                : next.rule().eventPattern());
        state.set(next.rule().state());
        taskDefinition.set(next.target().ecsParameters() == null ? ""
                : ResourceNames.lastSegment(next.target().ecsParameters().taskDefinitionArn()));
        lastInvocations.set(next.invocations().stream().limit(3).map(ScheduledTaskRow::describe)
                .collect(Collectors.joining("; ")));
    }

    /** "10:10:00 → task 3f2a9c1e", or why it failed. */
    static String describe(RuleInvocation invocation) {
        String when = TimeText.time(invocation.invokedAt());
        if (!invocation.succeeded()) {
            return when + " failed: " + invocation.failure();
        }
        return when + " → " + (invocation.taskArns().size() == 1 ? "task " : "tasks ")
                + invocation.taskArns().stream().map(arn -> ResourceNames.lastSegment(arn).substring(0, 8))
                .collect(Collectors.joining(", "));
    }

    @Override
    protected Iterable<String> searchableText(ScheduledTask next) {
        return List.of(name.get(), trigger.get(), taskDefinition.get());
    }

    public String name() {
        return name.get();
    }

    boolean enabled() {
        return item().rule().isEnabled();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty triggerProperty() {
        return trigger.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty taskDefinitionProperty() {
        return taskDefinition.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastInvocationsProperty() {
        return lastInvocations.getReadOnlyProperty();
    }
}
