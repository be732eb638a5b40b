package dev.berth.ui.services;

import dev.berth.core.model.ServiceEvent;
import dev.berth.ui.common.ModelRow;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Instant;
import java.util.List;

/** One service event, e.g. "(service web) has reached a steady state." */
public final class EventRow extends ModelRow<ServiceEvent> {
    private final ObjectProperty<Instant> createdAt = new SimpleObjectProperty<>(this, "createdAt");
    private final StringProperty message = new SimpleStringProperty(this, "message");

    public EventRow(String id) {
        super(id);
    }

    @Override
    protected void show(ServiceEvent event) {
        createdAt.set(event.createdAt());
        message.set(event.message());
    }

    @Override
    protected Iterable<String> searchableText(ServiceEvent event) {
        return List.of(event.message());
    }

    public String message() {
        return message.get();
    }

    public ReadOnlyObjectProperty<Instant> createdAtProperty() {
        return createdAt;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
