package dev.berth.ui.rollout;

import dev.berth.core.model.Fault;
import dev.berth.core.model.FaultScope;
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

/** One active fault: what it does, where, and how often it has struck. */
public final class FaultRow extends ModelRow<Fault> {
    private final StringProperty kind = new SimpleStringProperty(this, "kind");
    private final StringProperty scope = new SimpleStringProperty(this, "scope");
    private final StringProperty struck = new SimpleStringProperty(this, "struck");
    private final ObjectProperty<Instant> injectedAt = new SimpleObjectProperty<>(this, "injectedAt");

    public FaultRow(String id) {
        super(id);
    }

    @Override
    protected void show(Fault fault) {
        kind.set(FaultKindText.of(fault.kind()).title());
        scope.set(scopeText(fault.scope()));
        struck.set(fault.occurred() + (fault.occurrences() == null ? " (until cleared)"
                : " of " + fault.occurrences()));
        injectedAt.set(fault.injectedAt());
    }

    private static String scopeText(FaultScope scope) {
        StringBuilder text = new StringBuilder(scope.service() == null ? "whole cluster"
                : "service " + ResourceNames.lastSegment(scope.service()));
        if (scope.taskDefinition() != null) {
            text.append(", ").append(ResourceNames.familyRevision(scope.taskDefinition())).append(" only");
        }
        if (scope.containerInstance() != null) {
            text.append(", instance ").append(ResourceNames.lastSegment(scope.containerInstance()));
        }
        return text.toString();
    }

    @Override
    protected Iterable<String> searchableText(Fault fault) {
        return List.of(kind.get(), scope.get());
    }

    public String kind() {
        return kind.get();
    }

    public ReadOnlyStringProperty kindProperty() {
        return kind;
    }

    public ReadOnlyStringProperty scopeProperty() {
        return scope;
    }

    public ReadOnlyStringProperty struckProperty() {
        return struck;
    }

    public ReadOnlyObjectProperty<Instant> injectedAtProperty() {
        return injectedAt;
    }
}
