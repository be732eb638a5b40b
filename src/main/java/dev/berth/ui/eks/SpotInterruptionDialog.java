package dev.berth.ui.eks;

import dev.berth.core.model.EksNode;
import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.common.FormDialog;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Simulates EC2 taking a Spot node back, with or without Spot capacity left for its replacement. */
final class SpotInterruptionDialog {

    private SpotInterruptionDialog() {
    }

    static void show(Window owner, EksViewModel viewModel, String clusterName, EksNode node) {
        Label note = new Label("EC2 gives Spot instance " + node.instanceId() + " (" + node.nodeName() + ") its "
                + "two-minute interruption notice: the node is cordoned and drained, then terminated.");
        note.setWrapText(true);
        CheckBox capacity = new CheckBox("EC2 has Spot capacity for a replacement");
        capacity.setId("spot-capacity");
        capacity.setSelected(true);
        new FormDialog(owner, "Interrupt Spot node", "Interrupt", new VBox(10, note, capacity), null, outcome -> {
            viewModel.interruptSpotNode(clusterName, node, capacity.isSelected(), outcome);
            return FieldErrors.none();
        }).show();
    }
}
