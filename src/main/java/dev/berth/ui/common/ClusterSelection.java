package dev.berth.ui.common;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The cluster the Services and Tasks areas show, shared so switching areas keeps it, and the names to pick from.
 * The clusters view model offers the names on each refresh; a selection that disappears moves to the first name.
 */
public final class ClusterSelection {
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final StringProperty selected = new SimpleStringProperty(this, "selected");

    public void offer(List<String> clusterNames) {
        if (!names.equals(clusterNames)) {
            names.setAll(clusterNames);
        }
        if (selected.get() == null || !names.contains(selected.get())) {
            selected.set(names.isEmpty() ? null : names.get(0));
        }
    }

    public ObservableList<String> names() {
        return names;
    }

    /** The cluster name, or null when there is none. */
    public StringProperty selectedProperty() {
        return selected;
    }

    public String selected() {
        return selected.get();
    }

    public void select(String clusterName) {
        selected.set(clusterName);
    }
}
