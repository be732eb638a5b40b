package dev.berth.ui.taskdefs;

import dev.berth.core.model.TaskSize;
import dev.berth.ui.common.FormDialog;
import dev.berth.ui.common.FormGrid;
import javafx.collections.FXCollections;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** "Register task definition" from the form: one container, Fargate or EC2. */
final class RegisterFormDialog {
    private static final double SIZE_WIDTH = 160;

    private RegisterFormDialog() {
    }

    static void show(Window owner, TaskDefinitionsViewModel viewModel) {
        TaskDefinitionForm form = viewModel.newForm();
        FormGrid grid = new FormGrid();

        TextField family = grid.addText(TaskDefinitionRules.FAMILY, "Family", "taskdef-family", form.familyProperty());
        family.setPromptText("e.g. web");
        grid.addChoice(TaskDefinitionRules.COMPATIBILITIES, "Launch type", "taskdef-launch-type",
                TaskDefinitionForm.LAUNCH_TYPES, form.launchTypeProperty());
        grid.addChoice(TaskDefinitionRules.NETWORK_MODE, "Network mode", "taskdef-network-mode",
                TaskDefinitionForm.NETWORK_MODES, form.networkModeProperty());
        grid.addSuggestions(TaskDefinitionRules.CPU, "Task CPU (units)", "taskdef-cpu",
                FXCollections.observableArrayList(TaskSize.FARGATE_CPU), form.cpuProperty()).setMaxWidth(SIZE_WIDTH);
        grid.addSuggestions(TaskDefinitionRules.MEMORY, "Task memory (MiB)", "taskdef-memory",
                FXCollections.observableArrayList(TaskDefinitionForm.MEMORY_CHOICES), form.memoryProperty())
                .setMaxWidth(SIZE_WIDTH);
        grid.addText("executionRoleArn", "Execution role", "taskdef-execution-role", form.executionRoleArnProperty())
                .setPromptText("arn:aws:iam::123456789012:role/ecsTaskExecutionRole (for ECR images)");

        grid.addSection("Container");
        grid.addText(TaskDefinitionForm.CONTAINER_NAME, "Name", "taskdef-container-name",
                form.containerNameProperty());
        grid.addText(TaskDefinitionForm.IMAGE, "Image", "taskdef-image", form.imageProperty())
                .setPromptText("e.g. nginx:1.27");
        grid.addNumber(TaskDefinitionForm.CONTAINER_PORT, "Container port", "taskdef-container-port",
                form.containerPortProperty());

        new FormDialog(owner, "Register task definition", "Register", grid, grid,
                outcome -> viewModel.register(form, outcome)).show();
        family.requestFocus();
    }
}
