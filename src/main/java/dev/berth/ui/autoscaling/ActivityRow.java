package dev.berth.ui.autoscaling;

import dev.berth.core.model.ScalingActivity;
import dev.berth.ui.common.ModelRow;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Instant;
import java.util.List;

/** One scaling activity, as Application Auto Scaling words it. */
public final class ActivityRow extends ModelRow<ScalingActivity> {
    private final ObjectProperty<Instant> startTime = new SimpleObjectProperty<>(this, "startTime");
    private final StringProperty status = new SimpleStringProperty(this, "status");
    private final StringProperty description = new SimpleStringProperty(this, "description");
    private final StringProperty cause = new SimpleStringProperty(this, "cause");

    public ActivityRow(String id) {
        super(id);
    }

    @Override
    protected void show(ScalingActivity activity) {
        startTime.set(activity.startTime());
        status.set(activity.statusCode());
        description.set(activity.description());
        cause.set(activity.cause());
    }

    @Override
    protected Iterable<String> searchableText(ScalingActivity activity) {
        return List.of(activity.description(), activity.cause());
    }

    public String description() {
        return description.get();
    }

    public ReadOnlyObjectProperty<Instant> startTimeProperty() {
        return startTime;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description;
    }

    public ReadOnlyStringProperty causeProperty() {
        return cause;
    }
}
