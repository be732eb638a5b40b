package dev.berth.ui.taskdefs;

import dev.berth.ui.common.FormDialog;
import dev.berth.ui.common.FormGrid;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import java.util.List;

/** "Register task definition" from the form: one container, Fargate or EC2. */
final class RegisterFormDialog {

    private RegisterFormDialog() {
    }

    static void show(Window owner, TaskDefinitionsViewModel viewModel) {
        TaskDefinitionForm form = viewModel.newForm();
        FormGrid grid = new FormGrid();

        TextField family = new TextField();
        family.setId("taskdef-family");
        family.setPromptText("e.g. web");
        family.textProperty().bindBidirectional(form.familyProperty());
        grid.addField(TaskDefinitionRules.FAMILY, "Family", family);

        ChoiceBox<String> launchType = new ChoiceBox<>(FXCollections.observableArrayList(TaskDefinitionForm.LAUNCH_TYPES));
        launchType.setId("taskdef-launch-type");
        launchType.valueProperty().bindBidirectional(form.launchTypeProperty());
        grid.addField(TaskDefinitionRules.COMPATIBILITIES, "Launch type", launchType);

        ChoiceBox<String> networkMode = new ChoiceBox<>(FXCollections.observableArrayList(TaskDefinitionForm.NETWORK_MODES));
        networkMode.setId("taskdef-network-mode");
        networkMode.valueProperty().bindBidirectional(form.networkModeProperty());
        grid.addField(TaskDefinitionRules.NETWORK_MODE, "Network mode", networkMode);

        grid.addField(TaskDefinitionRules.CPU, "Task CPU (units)",
                editableChoice("taskdef-cpu", TaskSize.FARGATE_CPU, form.cpuProperty()));
        grid.addField(TaskDefinitionRules.MEMORY, "Task memory (MiB)",
                editableChoice("taskdef-memory", TaskDefinitionForm.MEMORY_CHOICES, form.memoryProperty()));

        TextField executionRole = new TextField();
        executionRole.setId("taskdef-execution-role");
        executionRole.setPromptText("arn:aws:iam::123456789012:role/ecsTaskExecutionRole (for ECR images)");
        executionRole.textProperty().bindBidirectional(form.executionRoleArnProperty());
        grid.addField("executionRoleArn", "Execution role", executionRole);

        grid.addSection("Container");
        TextField containerName = new TextField();
        containerName.setId("taskdef-container-name");
        containerName.textProperty().bindBidirectional(form.containerNameProperty());
        grid.addField(TaskDefinitionForm.CONTAINER_NAME, "Name", containerName);
        TextField image = new TextField();
        image.setId("taskdef-image");
        image.setPromptText("e.g. nginx:1.27");
        image.textProperty().bindBidirectional(form.imageProperty());
        grid.addField(TaskDefinitionForm.IMAGE, "Image", image);
        TextField port = new TextField();
        port.setId("taskdef-container-port");
        port.setMaxWidth(120);
        port.textProperty().bindBidirectional(form.containerPortProperty());
        grid.addField(TaskDefinitionForm.CONTAINER_PORT, "Container port", port);

        new FormDialog(owner, "Register task definition", "Register", grid, grid,
                outcome -> viewModel.register(form, outcome)).show();
        family.requestFocus();
    }

    private static ComboBox<String> editableChoice(String id, List<String> choices,
                                                   StringProperty value) {
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(choices));
        box.setId(id);
        box.setEditable(true);
        box.setMaxWidth(160);
        box.getEditor().textProperty().bindBidirectional(value);
        return box;
    }
}
