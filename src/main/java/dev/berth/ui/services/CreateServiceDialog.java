package dev.berth.ui.services;

import dev.berth.ui.common.FormDialog;
import dev.berth.ui.common.FormGrid;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
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

        TextField name = new TextField();
        name.setId("service-name");
        name.setPromptText("e.g. web");
        name.textProperty().bindBidirectional(form.serviceNameProperty());
        grid.addField(CreateServiceForm.SERVICE_NAME, "Service name", name);

        ComboBox<String> taskDefinition = new ComboBox<>(viewModel.taskDefinitionChoices());
        taskDefinition.setId("service-task-definition");
        taskDefinition.setEditable(true);
        taskDefinition.setMaxWidth(Double.MAX_VALUE);
        taskDefinition.setPromptText("family or family:revision");
        taskDefinition.getEditor().textProperty().bindBidirectional(form.taskDefinitionProperty());
        grid.addField(CreateServiceForm.TASK_DEFINITION, "Task definition", taskDefinition);

        TextField desired = new TextField();
        desired.setId("service-desired-count");
        desired.setMaxWidth(120);
        desired.textProperty().bindBidirectional(form.desiredCountProperty());
        grid.addField(CreateServiceForm.DESIRED_COUNT, "Desired tasks", desired);

        ChoiceBox<String> launchType = new ChoiceBox<>(FXCollections.observableArrayList(CreateServiceForm.LAUNCH_TYPES));
        launchType.setId("service-launch-type");
        launchType.valueProperty().bindBidirectional(form.launchTypeProperty());
        grid.addField("launchType", "Launch type", launchType);

        grid.addSection("Networking (awsvpc)");
        TextField subnets = new TextField();
        subnets.setId("service-subnets");
        subnets.setPromptText("subnet-0a1b2c3d, subnet-4e5f6a7b");
        subnets.textProperty().bindBidirectional(form.subnetsProperty());
        grid.addField(CreateServiceForm.SUBNETS, "Subnets", subnets);
        TextField securityGroups = new TextField();
        securityGroups.setId("service-security-groups");
        securityGroups.setPromptText("sg-0a1b2c3d");
        securityGroups.textProperty().bindBidirectional(form.securityGroupsProperty());
        grid.addField(CreateServiceForm.SECURITY_GROUPS, "Security groups", securityGroups);
        CheckBox publicIp = new CheckBox("Assign a public IP");
        publicIp.setId("service-public-ip");
        publicIp.selectedProperty().bindBidirectional(form.assignPublicIpProperty());
        grid.addField("assignPublicIp", "", publicIp);

        DeploymentFields.addTo(grid, form.deployment());

        new FormDialog(owner, "Create service in " + viewModel.cluster(), "Create", grid, grid,
                outcome -> viewModel.create(form, outcome)).show();
        name.requestFocus();
    }
}
