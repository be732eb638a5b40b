package dev.berth.ui.apprunner;

import dev.berth.core.model.OperationSummary;
import dev.berth.ui.common.ModelRow;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Instant;
import java.util.List;

/** One operation in a service's history, e.g. PAUSE_SERVICE SUCCEEDED. */
public final class OperationRow extends ModelRow<OperationSummary> {
    private final StringProperty type = new SimpleStringProperty(this, "type");
    private final StringProperty status = new SimpleStringProperty(this, "status");
    private final ObjectProperty<Instant> startedAt = new SimpleObjectProperty<>(this, "startedAt");
    private final ObjectProperty<Instant> endedAt = new SimpleObjectProperty<>(this, "endedAt");

    public OperationRow(String id) {
        super(id);
    }

    @Override
    protected void show(OperationSummary operation) {
        type.set(operation.type());
        status.set(operation.status());
        startedAt.set(operation.startedAt());
        endedAt.set(operation.endedAt());
    }

    @Override
    protected Iterable<String> searchableText(OperationSummary operation) {
        return List.of(operation.type(), operation.status());
    }

    public String type() {
        return type.get();
    }

    public String status() {
        return status.get();
    }

    public ReadOnlyStringProperty typeProperty() {
        return type;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyObjectProperty<Instant> startedAtProperty() {
        return startedAt;
    }

    public ReadOnlyObjectProperty<Instant> endedAtProperty() {
        return endedAt;
    }
}
