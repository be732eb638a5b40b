package dev.berth.ui.clusters;

import dev.berth.core.model.FeedEntry;
import dev.berth.core.model.FeedKind;
import dev.berth.ui.common.ModelRow;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Instant;
import java.util.List;

/** One entry of a cluster's event feed. */
public final class FeedRow extends ModelRow<FeedEntry> {
    private final ObjectProperty<Instant> time = new SimpleObjectProperty<>(this, "time");
    private final StringProperty kind = new SimpleStringProperty(this, "kind");
    private final StringProperty subject = new SimpleStringProperty(this, "subject");
    private final StringProperty message = new SimpleStringProperty(this, "message");

    public FeedRow(String id) {
        super(id);
    }

    /** What the feed's kind filter and column call each kind. */
    static String label(FeedKind kind) {
        return switch (kind) {
            case SERVICE -> "Service event";
            case TASK -> "Task stopped";
            case SCALING -> "Scaling activity";
            case TARGET_HEALTH -> "Target health";
            case RULE -> "EventBridge rule";
        };
    }

    @Override
    protected void show(FeedEntry entry) {
        time.set(entry.time());
        kind.set(label(entry.kind()));
        subject.set(entry.subject());
        message.set(entry.message());
    }

    @Override
    protected Iterable<String> searchableText(FeedEntry entry) {
        return List.of(entry.subject(), entry.message());
    }

    public FeedKind kind() {
        return item().kind();
    }

    public String subject() {
        return subject.get();
    }

    public String message() {
        return message.get();
    }

    public ReadOnlyObjectProperty<Instant> timeProperty() {
        return time;
    }

    public ReadOnlyStringProperty kindProperty() {
        return kind;
    }

    public ReadOnlyStringProperty subjectProperty() {
        return subject;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
