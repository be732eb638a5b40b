package dev.berth.ui.common;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A view model's table content: every row ({@link #all}), the rows the filter text lets through
 * ({@link #visible}), and the filter text itself. The view sorts {@code visible}; see {@link RowTable}.
 */
public final class FilteredRows<M, R extends ModelRow<M>> {
    private final RowList<M, R> all;
    private final FilteredList<R> visible;
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");

    public FilteredRows(Function<M, String> idOf, Function<String, R> newRow) {
        all = new RowList<>(idOf, newRow);
        visible = new FilteredList<>(all);
        filter.addListener((observable, old, text) -> {
            String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            visible.setPredicate(needle.isEmpty() ? null : row -> row.matches(needle));
        });
    }

    public void update(List<M> items) {
        all.update(items);
    }

    public void clear() {
        all.update(List.of());
    }

    public ObservableList<R> all() {
        return all;
    }

    public FilteredList<R> visible() {
        return visible;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public Optional<R> find(String id) {
        return all.stream().filter(row -> row.id().equals(id)).findFirst();
    }
}
