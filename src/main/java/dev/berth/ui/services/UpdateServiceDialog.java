package dev.berth.ui.services;

import dev.berth.core.model.Service;
import dev.berth.ui.common.FormDialog;
import dev.berth.ui.common.FormGrid;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** The "Update service" dialog, bound to an {@link UpdateServiceForm}. */
final class UpdateServiceDialog {

    private UpdateServiceDialog() {
    }

    static void show(Window owner, ServicesViewModel viewModel, Service service) {
        UpdateServiceForm form = new UpdateServiceForm(service);
        viewModel.loadRevisionChoices(service);
        FormGrid grid = new FormGrid();

        grid.addSuggestions(UpdateServiceForm.TASK_DEFINITION, "Task definition", "service-task-definition",
                viewModel.taskDefinitionChoices(), form.taskDefinitionProperty()).setMaxWidth(Double.MAX_VALUE);
        TextField desired = grid.addNumber(UpdateServiceForm.DESIRED_COUNT, "Desired tasks", "service-desired-count",
                form.desiredCountProperty());
        grid.addCheck("forceNewDeployment", "", "service-force-new-deployment",
                "Force new deployment (replace every task)", form.forceNewDeploymentProperty());

        DeploymentFields.addTo(grid, form.deployment());

        new FormDialog(owner, "Update service " + service.serviceName(), "Update", grid, grid,
                outcome -> viewModel.update(form, outcome)).show();
        desired.requestFocus();
    }
}
