package dev.berth.ui.common;

import javafx.scene.control.ComboBox;

/** Picks the cluster an area shows; every picker edits the same {@link ClusterSelection}. */
public final class ClusterPicker extends ComboBox<String> {

    public ClusterPicker(String id, ClusterSelection selection) {
        super(selection.names());
        setId(id);
        setPromptText("No cluster");
        setPrefWidth(200);
        valueProperty().bindBidirectional(selection.selectedProperty());
    }
}
