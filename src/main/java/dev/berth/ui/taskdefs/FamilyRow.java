package dev.berth.ui.taskdefs;

import dev.berth.ui.common.ModelRow;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/** One task definition family in the families list. */
public final class FamilyRow extends ModelRow<String> {
    private final StringProperty name = new SimpleStringProperty(this, "name");

    public FamilyRow(String family) {
        super(family);
    }

    @Override
    protected void show(String family) {
        name.set(family);
    }

    @Override
    protected Iterable<String> searchableText(String family) {
        return List.of(family);
    }

    public ReadOnlyStringProperty nameProperty() {
        return name;
    }
}
