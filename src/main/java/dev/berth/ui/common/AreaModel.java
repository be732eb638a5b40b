package dev.berth.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

import java.time.Instant;

/** What every area's view model offers the frame around it and the main window: refresh, and how the last one went. */
public interface AreaModel {

    /** Starts a background refresh; returns at once. */
    void refresh();

    /** Why the last refresh failed, as a sentence for the user, or null. */
    ReadOnlyStringProperty errorProperty();

    /** When the area's data was last read successfully (wall-clock time). */
    ReadOnlyObjectProperty<Instant> refreshedAtProperty();

    /** Whether what the area shows is on the move (a deployment rolling, tasks starting), so worth re-reading sooner. */
    default boolean changing() {
        return false;
    }
}
