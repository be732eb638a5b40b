package dev.berth.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.Locale;

/**
 * One table row showing one model record. The row object lives as long as its id does: a refresh hands it the
 * new record and it updates its observable properties in place, so the table keeps its selection and scroll.
 */
public abstract class ModelRow<M> {
    private final String id;
    private final ReadOnlyObjectWrapper<M> item = new ReadOnlyObjectWrapper<>(this, "item");
    /** Built when a filter first asks, so refreshes without a filter do not pay for it. */
    private String searchText;

    /** The row is empty until its first {@link #update}; {@link RowList} makes both calls. */
    protected ModelRow(String id) {
        this.id = id;
    }

    public final String id() {
        return id;
    }

    public final M item() {
        return item.get();
    }

    /** The current record; details panes follow it so they change when the row does. */
    public final ReadOnlyObjectProperty<M> itemProperty() {
        return item.getReadOnlyProperty();
    }

    /** Shows {@code next}; returns false, and changes nothing, when it equals what is shown. */
    public final boolean update(M next) {
        if (next.equals(item.get())) {
            return false;
        }
        show(next);
        item.set(next);
        searchText = null;
        return true;
    }

    /** Whether the filter text (already lower case) occurs in any of the row's searchable values. */
    public final boolean matches(String lowerCaseFilter) {
        if (lowerCaseFilter.isEmpty()) {
            return true;
        }
        if (searchText == null) {
            searchText = String.join(" ", searchableText(item.get())).toLowerCase(Locale.ROOT);
        }
        return searchText.contains(lowerCaseFilter);
    }

    /** Copies the record's values into the row's properties. */
    protected abstract void show(M next);

    /** The values a filter looks in, usually what the columns show. */
    protected abstract Iterable<String> searchableText(M next);
}
