package dev.berth.ui.eks;

import dev.berth.core.model.Nodegroup;
import dev.berth.ui.common.FormDialog;
import dev.berth.ui.common.FormGrid;
import javafx.stage.Window;

/** "Edit scaling": the node group's sizes; EKS applies them as a ConfigUpdate. */
final class ScalingDialog {

    private ScalingDialog() {
    }

    static void show(Window owner, EksViewModel viewModel, Nodegroup nodegroup) {
        ScalingForm form = new ScalingForm(nodegroup);
        FormGrid grid = new FormGrid();
        form.scaling().addTo(grid);
        new FormDialog(owner, "Edit scaling of " + nodegroup.nodegroupName(), "Save changes", grid, grid,
                outcome -> viewModel.updateScaling(form, outcome)).show();
    }
}
