package dev.berth.ui.common;

import javafx.scene.control.ComboBox;

/** Picks the cluster an area shows; every picker edits the same {@link ClusterSelection}. */
public final class ClusterPicker extends ComboBox<String> {

    public ClusterPicker(String id, ClusterSelection selection) {
        super(selection.names());
        setId(id);
        setPromptText("No cluster");
        setPrefWidth(200);
        // A narrow tool bar may take its room, but not so much that the cluster's name cannot be read.
        setMinWidth(130);
        valueProperty().bindBidirectional(selection.selectedProperty());
    }
}
