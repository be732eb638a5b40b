package dev.berth.ui.autoscaling;

import dev.berth.core.model.ScalableTargetAction;
import dev.berth.core.model.ScheduledAction;
import dev.berth.ui.common.ModelRow;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/** One scheduled action: name, schedule with its time zone, and the capacities it sets. */
public final class ScheduledActionRow extends ModelRow<ScheduledAction> {
    private final StringProperty name = new SimpleStringProperty(this, "name");
    private final StringProperty schedule = new SimpleStringProperty(this, "schedule");
    private final StringProperty capacities = new SimpleStringProperty(this, "capacities");

    public ScheduledActionRow(String id) {
        super(id);
    }

    @Override
    protected void show(ScheduledAction action) {
        name.set(action.scheduledActionName());
        schedule.set(action.schedule() + (action.timezone() == null ? " UTC" : " " + action.timezone()));
        ScalableTargetAction set = action.scalableTargetAction();
        capacities.set(set == null ? "" : "min " + dash(set.minCapacity()) + ", max " + dash(set.maxCapacity()));
    }

    private static String dash(Integer value) {
        return value == null ? "–" : value.toString();
    }

    @Override
    protected Iterable<String> searchableText(ScheduledAction action) {
        return List.of(action.scheduledActionName(), action.schedule());
    }

    public String name() {
        return name.get();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty scheduleProperty() {
        return schedule;
    }

    public ReadOnlyStringProperty capacitiesProperty() {
        return capacities;
    }
}
