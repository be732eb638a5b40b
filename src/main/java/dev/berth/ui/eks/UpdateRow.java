package dev.berth.ui.eks;

import dev.berth.core.model.EksUpdate;
import dev.berth.ui.common.ModelRow;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** One update of the cluster or of one of its node groups, in the updates history. */
public final class UpdateRow extends ModelRow<UpdateEntry> {
    private final StringProperty resource = new SimpleStringProperty(this, "resource");
    private final StringProperty type = new SimpleStringProperty(this, "type");
    private final StringProperty status = new SimpleStringProperty(this, "status");
    private final StringProperty params = new SimpleStringProperty(this, "params");
    private final ObjectProperty<Instant> createdAt = new SimpleObjectProperty<>(this, "createdAt");

    public UpdateRow(String id) {
        super(id);
    }

    @Override
    protected void show(UpdateEntry entry) {
        resource.set(entry.resource());
        type.set(entry.update().type());
        status.set(entry.update().status());
        params.set(entry.update().params().stream().map(param -> param.type() + "=" + param.value())
                .collect(Collectors.joining(", ")));
        createdAt.set(entry.update().createdAt());
    }

    @Override
    protected Iterable<String> searchableText(UpdateEntry entry) {
        return List.of(entry.resource(), entry.update().type(), entry.update().status());
    }

    public ReadOnlyStringProperty resourceProperty() {
        return resource;
    }

    public ReadOnlyStringProperty typeProperty() {
        return type;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty paramsProperty() {
        return params;
    }

    public ReadOnlyObjectProperty<Instant> createdAtProperty() {
        return createdAt;
    }
}
