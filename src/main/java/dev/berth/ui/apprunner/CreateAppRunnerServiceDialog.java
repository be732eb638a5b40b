package dev.berth.ui.apprunner;

import dev.berth.core.model.ImageRepository;
import dev.berth.ui.common.FormDialog;
import dev.berth.ui.common.FormGrid;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** The "Create service" dialog of the App Runner area, bound to a {@link CreateAppRunnerServiceForm}. */
final class CreateAppRunnerServiceDialog {

    private CreateAppRunnerServiceDialog() {
    }

    static void show(Window owner, AppRunnerViewModel viewModel) {
        CreateAppRunnerServiceForm form = new CreateAppRunnerServiceForm();
        FormGrid grid = new FormGrid();

        grid.addSection("Source");
        grid.addChoice(CreateAppRunnerServiceForm.REPOSITORY_TYPE, "Provider", "apprunner-repository-type",
                CreateAppRunnerServiceForm.REPOSITORY_TYPES, form.repositoryTypeProperty());
        TextField image = grid.addText(CreateAppRunnerServiceForm.IMAGE, "Container image URI", "apprunner-image",
                form.imageProperty());
        image.setPromptText("public.ecr.aws/nginx/nginx:latest");
        TextField role = grid.addText(CreateAppRunnerServiceForm.ACCESS_ROLE, "ECR access role",
                "apprunner-access-role", form.accessRoleProperty());
        role.setPromptText("arn:aws:iam::123456789012:role/service-role/AppRunnerECRAccessRole");
        role.disableProperty().bind(form.repositoryTypeProperty().isEqualTo(ImageRepository.ECR_PUBLIC));

        grid.addSection("Service settings");
        TextField name = grid.addText(CreateAppRunnerServiceForm.NAME, "Service name", "apprunner-name",
                form.nameProperty());
        name.setPromptText("e.g. DemoHTTP");
        grid.addChoice(CreateAppRunnerServiceForm.CPU, "Virtual CPU", "apprunner-cpu",
                CreateAppRunnerServiceForm.CPUS, form.cpuProperty());
        grid.addChoice(CreateAppRunnerServiceForm.MEMORY, "Memory", "apprunner-memory",
                CreateAppRunnerServiceForm.MEMORIES, form.memoryProperty());
        grid.addNumber(CreateAppRunnerServiceForm.PORT, "Port", "apprunner-port", form.portProperty());

        new FormDialog(owner, "Create App Runner service", "Create", grid, grid,
                outcome -> viewModel.create(form, outcome)).show();
        name.requestFocus();
    }
}
