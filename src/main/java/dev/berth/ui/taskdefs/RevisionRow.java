package dev.berth.ui.taskdefs;

import dev.berth.ui.common.ModelRow;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/** One revision in the revisions table. */
public final class RevisionRow extends ModelRow<Revision> {
    private final StringProperty name = new SimpleStringProperty(this, "name");
    private final IntegerProperty revision = new SimpleIntegerProperty(this, "revision");
    private final StringProperty status = new SimpleStringProperty(this, "status");

    public RevisionRow(String arn) {
        super(arn);
    }

    @Override
    protected void show(Revision next) {
        name.set(next.familyRevision());
        revision.set(next.revision());
        status.set(next.status());
    }

    @Override
    protected Iterable<String> searchableText(Revision next) {
        return List.of(next.familyRevision(), next.status());
    }

    public ReadOnlyStringProperty nameProperty() {
        return name;
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
