package dev.berth.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;

import java.time.Instant;

/** What the main window needs of each area (Clusters, Services, ...): its node, refresh, and the filter box. */
public interface AreaView {

    Node node();

    /** Starts a background refresh; returns at once. */
    void refresh();

    void focusFilter();

    /** When the area's data was last read successfully (wall-clock time). */
    ReadOnlyObjectProperty<Instant> refreshedAtProperty();
}
