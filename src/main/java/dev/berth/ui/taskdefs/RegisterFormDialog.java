package dev.berth.ui.taskdefs;

import dev.berth.core.model.TaskSize;
import dev.berth.ui.common.FormDialog;
import dev.berth.ui.common.FormGrid;
import dev.berth.ui.theme.BerthStyles;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
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
        grid.addSuggestions("executionRoleArn", "Execution role", "taskdef-execution-role", viewModel.roleArns(),
                form.executionRoleArnProperty())
                .setPromptText("arn:aws:iam::123456789012:role/ecsTaskExecutionRole (for ECR images)");
        grid.addSuggestions("taskRoleArn", "Task role", "taskdef-task-role", viewModel.roleArns(),
                form.taskRoleArnProperty()).setPromptText("the role your application's AWS calls use");

        grid.addSection("Container");
        grid.addText(TaskDefinitionForm.CONTAINER_NAME, "Name", "taskdef-container-name",
                form.containerNameProperty());
        grid.addText(TaskDefinitionForm.IMAGE, "Image", "taskdef-image", form.imageProperty())
                .setPromptText("e.g. nginx:1.27");
        grid.addNumber(TaskDefinitionForm.CONTAINER_PORT, "Container port", "taskdef-container-port",
                form.containerPortProperty());

        grid.addSection("EFS volume (optional)");
        grid.addText("volumes[0].efsVolumeConfiguration.fileSystemId", "File system ID", "taskdef-efs-file-system",
                form.fileSystemIdProperty()).setPromptText("fs-0123456789abcdef0");
        grid.addText(TaskDefinitionForm.MOUNT_PATH, "Container path", "taskdef-efs-path", form.mountPathProperty())
                .setPromptText("e.g. /usr/share/nginx/html");
        grid.addCheck("volumes[0].efsVolumeConfiguration.transitEncryption", "", "taskdef-efs-transit-encryption",
                "Encryption in transit", form.transitEncryptionProperty());
        viewModel.fileSystems().readAccessPointIds();
        grid.addSuggestions("volumes[0].efsVolumeConfiguration.authorizationConfig.accessPointId", "Access point",
                "taskdef-efs-access-point", viewModel.fileSystems().accessPointIds(), form.accessPointIdProperty())
                .setPromptText("fsap-...: needs encryption in transit");
        grid.addCheck("volumes[0].efsVolumeConfiguration.authorizationConfig.iam", "", "taskdef-efs-iam",
                "Mount with the task role (IAM authorization)", form.iamProperty());
        Label warnings = new Label();
        warnings.setId("taskdef-role-warnings");
        warnings.setWrapText(true);
        warnings.getStyleClass().add(BerthStyles.NOTICE_BANNER);
        warnings.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", RoleCheck.warnings(
                        form.executionRoleArnProperty().get(), form.taskRoleArnProperty().get(),
                        form.toRequest().containerDefinitions(), viewModel.rolesProperty().get())),
                form.executionRoleArnProperty(), form.taskRoleArnProperty(), form.imageProperty(),
                viewModel.rolesProperty()));
        warnings.visibleProperty().bind(warnings.textProperty().isNotEmpty());
        warnings.managedProperty().bind(warnings.visibleProperty());
        grid.addField("roles", "", warnings);

        new FormDialog(owner, "Register task definition", "Register", grid, grid,
                outcome -> viewModel.register(form, outcome)).show();
        family.requestFocus();
    }
}
