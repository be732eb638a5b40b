package dev.berth.ui.services;

import dev.berth.core.model.Service;
import dev.berth.ui.common.FormDialog;
import dev.berth.ui.common.FormGrid;
import dev.berth.ui.common.WriteLock;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Objects;

/** The "Update service" dialog, bound to an {@link UpdateServiceForm}. */
final class UpdateServiceDialog {
    private static final double PLAN_WIDTH = 460;

    private UpdateServiceDialog() {
    }

    /** On a live AWS connection ({@code writes}), scaling a running service to zero asks for its name first. */
    static void show(Window owner, ServicesViewModel viewModel, Service service, WriteLock writes) {
        UpdateServiceForm form = new UpdateServiceForm(service);
        viewModel.loadRevisionChoices(service);
        FormGrid grid = new FormGrid();

        grid.addSuggestions(UpdateServiceForm.TASK_DEFINITION, "Task definition", "service-task-definition",
                viewModel.taskDefinitionChoices(), form.taskDefinitionProperty()).setMaxWidth(Double.MAX_VALUE);
        TextField desired = grid.addNumber(UpdateServiceForm.DESIRED_COUNT, "Desired tasks", "service-desired-count",
                form.desiredCountProperty());
        grid.addCheck("forceNewDeployment", "", "service-force-new-deployment",
                "Force new deployment (replace every task)", form.forceNewDeploymentProperty());

        LoadBalancingFields.addTo(grid, form.loadBalancer(), form.taskDefinitionProperty(), viewModel);
        DeploymentFields.addTo(grid, form.deployment());

        Label plan = new Label();
        plan.setId("service-plan-preview");
        plan.setWrapText(true);
        plan.setMaxWidth(PLAN_WIDTH);
        plan.setMinHeight(Region.USE_PREF_SIZE);
        plan.textProperty().bind(Bindings.createStringBinding(
                () -> Objects.requireNonNullElse(form.planPreview(), "Enter whole numbers to see the plan."),
                form.taskDefinitionProperty(), form.desiredCountProperty(), form.forceNewDeploymentProperty(),
                form.deployment().minimumHealthyPercentProperty(), form.deployment().maximumPercentProperty(),
                form.loadBalancer().targetGroupArnProperty(), form.loadBalancer().containerProperty()));
        grid.addField("plan", "Plan preview", plan);

        TextField typedName = new TextField();
        typedName.setId("service-confirm-name");
        typedName.setPromptText(service.serviceName());
        BooleanBinding scalesToZero = Bindings.createBooleanBinding(() -> writes.liveProperty().get()
                && service.desiredCount() > 0 && "0".equals(form.desiredCountProperty().getValueSafe().strip()),
                writes.liveProperty(), form.desiredCountProperty());
        Label confirm = new Label("This stops every task of the service. To confirm, type \"" + service.serviceName()
                + "\".");
        confirm.setWrapText(true);
        confirm.setMaxWidth(PLAN_WIDTH);
        VBox confirmation = new VBox(4, confirm, typedName);
        confirmation.visibleProperty().bind(scalesToZero);
        confirmation.managedProperty().bind(scalesToZero);
        grid.addField("confirmName", "", confirmation);

        FormDialog dialog = new FormDialog(owner, "Update service " + service.serviceName(), "Update", grid, grid,
                outcome -> viewModel.update(form, outcome));
        dialog.disableSubmitWhen(scalesToZero.and(typedName.textProperty().isNotEqualTo(service.serviceName())));
        plan.textProperty().addListener((observable, old, text) -> dialog.fitToContent());
        scalesToZero.addListener((observable, old, shown) -> dialog.fitToContent());
        dialog.show();
        desired.requestFocus();
    }
}
