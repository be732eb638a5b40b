package dev.berth.ui.services;

import dev.berth.core.model.Service;
import dev.berth.ui.common.FormDialog;
import dev.berth.ui.common.FormGrid;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import java.util.Objects;

/** The "Update service" dialog, bound to an {@link UpdateServiceForm}. */
final class UpdateServiceDialog {
    private static final double PLAN_WIDTH = 460;

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

        Label plan = new Label();
        plan.setId("service-plan-preview");
        plan.setWrapText(true);
        plan.setMaxWidth(PLAN_WIDTH);
        plan.setMinHeight(Region.USE_PREF_SIZE);
        plan.textProperty().bind(Bindings.createStringBinding(
                () -> Objects.requireNonNullElse(form.planPreview(), "Enter whole numbers to see the plan."),
                form.taskDefinitionProperty(), form.desiredCountProperty(), form.forceNewDeploymentProperty(),
                form.deployment().minimumHealthyPercentProperty(), form.deployment().maximumPercentProperty()));
        grid.addField("plan", "Plan preview", plan);

        FormDialog dialog = new FormDialog(owner, "Update service " + service.serviceName(), "Update", grid, grid,
                outcome -> viewModel.update(form, outcome));
        plan.textProperty().addListener((observable, old, text) -> dialog.fitToContent());
        dialog.show();
        desired.requestFocus();
    }
}
