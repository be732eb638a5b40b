package dev.berth.ui.services;

import dev.berth.core.model.Service;
import dev.berth.ui.common.FormDialog;
import dev.berth.ui.common.FormGrid;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
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

        ComboBox<String> taskDefinition = new ComboBox<>(viewModel.taskDefinitionChoices());
        taskDefinition.setId("service-task-definition");
        taskDefinition.setEditable(true);
        taskDefinition.setMaxWidth(Double.MAX_VALUE);
        taskDefinition.getEditor().textProperty().bindBidirectional(form.taskDefinitionProperty());
        grid.addField(UpdateServiceForm.TASK_DEFINITION, "Task definition", taskDefinition);

        TextField desired = new TextField();
        desired.setId("service-desired-count");
        desired.setMaxWidth(120);
        desired.textProperty().bindBidirectional(form.desiredCountProperty());
        grid.addField(UpdateServiceForm.DESIRED_COUNT, "Desired tasks", desired);

        CheckBox force = new CheckBox("Force new deployment (replace every task)");
        force.setId("service-force-new-deployment");
        force.selectedProperty().bindBidirectional(form.forceNewDeploymentProperty());
        grid.addField("forceNewDeployment", "", force);

        DeploymentFields.addTo(grid, form.deployment());

        new FormDialog(owner, "Update service " + service.serviceName(), "Update", grid, grid,
                outcome -> viewModel.update(form, outcome)).show();
        desired.requestFocus();
    }
}
