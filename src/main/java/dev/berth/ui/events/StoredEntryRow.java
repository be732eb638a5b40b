package dev.berth.ui.events;

import dev.berth.ui.common.ModelRow;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;

/** One object or item in the S3 and DynamoDB table. */
public final class StoredEntryRow extends ModelRow<StoredEntry> {
    private final ReadOnlyStringWrapper place = new ReadOnlyStringWrapper(this, "place");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text");

    StoredEntryRow(String id) {
        super(id);
    }

    @Override
    protected void show(StoredEntry next) {
        place.set(next.place());
        text.set(next.text());
    }

    @Override
    protected Iterable<String> searchableText(StoredEntry next) {
        return List.of(next.place(), next.text());
    }

    public ReadOnlyStringProperty placeProperty() {
        return place.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
