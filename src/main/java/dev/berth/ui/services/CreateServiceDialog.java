package dev.berth.ui.services;

import dev.berth.ui.common.FormDialog;
import dev.berth.ui.common.FormGrid;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** The "Create service" dialog, bound to a {@link CreateServiceForm}. */
final class CreateServiceDialog {

    private CreateServiceDialog() {
    }

    static void show(Window owner, ServicesViewModel viewModel) {
        CreateServiceForm form = new CreateServiceForm(viewModel.cluster());
        viewModel.loadTaskDefinitionChoices();
        FormGrid grid = new FormGrid();

        TextField name = grid.addText(CreateServiceForm.SERVICE_NAME, "Service name", "service-name",
                form.serviceNameProperty());
        name.setPromptText("e.g. web");
        ComboBox<String> taskDefinition = grid.addSuggestions(CreateServiceForm.TASK_DEFINITION, "Task definition",
                "service-task-definition", viewModel.taskDefinitionChoices(), form.taskDefinitionProperty());
        taskDefinition.setMaxWidth(Double.MAX_VALUE);
        taskDefinition.setPromptText("family or family:revision");
        grid.addNumber(CreateServiceForm.DESIRED_COUNT, "Desired tasks", "service-desired-count",
                form.desiredCountProperty());
        grid.addChoice("launchType", "Launch type", "service-launch-type", CreateServiceForm.LAUNCH_TYPES,
                form.launchTypeProperty());

        grid.addSection("Networking (awsvpc)");
        grid.addText(CreateServiceForm.SUBNETS, "Subnets", "service-subnets", form.subnetsProperty())
                .setPromptText("subnet-0a1b2c3d, subnet-4e5f6a7b");
        grid.addText(CreateServiceForm.SECURITY_GROUPS, "Security groups", "service-security-groups",
                form.securityGroupsProperty()).setPromptText("sg-0a1b2c3d");
        grid.addCheck("assignPublicIp", "", "service-public-ip", "Assign a public IP", form.assignPublicIpProperty());

        LoadBalancingFields.addTo(grid, form.loadBalancer(), form.taskDefinitionProperty(), viewModel);

        DeploymentFields.addTo(grid, form.deployment());

        new FormDialog(owner, "Create service in " + viewModel.cluster(), "Create", grid, grid,
                outcome -> viewModel.create(form, outcome)).show();
        name.requestFocus();
    }
}
