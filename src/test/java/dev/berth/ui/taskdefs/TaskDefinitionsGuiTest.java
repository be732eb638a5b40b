package dev.berth.ui.taskdefs;

import dev.berth.core.model.CreateFileSystemRequest;
import dev.berth.core.model.CreateRoleRequest;
import dev.berth.ui.efs.FileSystemRow;
import dev.berth.ui.handles.DialogHandle;
import dev.berth.ui.handles.MainWindowHandle;
import dev.berth.ui.handles.TableHandle;
import dev.berth.ui.handles.TaskDefinitionsHandle;
import dev.berth.ui.shell.ViewSnapshots;
import dev.berth.ui.testing.DemoData;
import dev.berth.ui.testing.FakeGateway;
import dev.berth.ui.testing.TestWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class TaskDefinitionsGuiTest {
    @TempDir
    Path settings;
    private final FakeGateway gateway = new FakeGateway();

    @Start
    void start(Stage stage) {
        gateway.fakeEcs().registerTaskDefinition(DemoData.webTaskDefinition("nginx:1.25"));
        gateway.iam().createRole(CreateRoleRequest.forService("bareRole", "ecs-tasks.amazonaws.com", null));
        TestWindow.open(stage, gateway, settings);
    }

    @BeforeEach
    void openTaskDefinitions(FxRobot robot) {
        new MainWindowHandle(robot).goTo("taskdefs");
    }

    @Test
    void registeringFromTheFormAddsARevisionAndShowsItsJson(FxRobot robot) {
        TaskDefinitionsHandle taskDefinitions = new TaskDefinitionsHandle(robot);

        taskDefinitions.register("web", "web", "nginx:1.27");

        assertThat(taskDefinitions.revisions()).containsExactly("web:2", "web:1");
        assertThat(taskDefinitions.json()).contains("\"image\" : \"nginx:1.27\"");
    }

    @Test
    void theRolePickerOffersIamRolesAndTheDetailsShowTheEfsVolumeAndWhatTheRoleLacks(FxRobot robot) {
        TaskDefinitionsHandle taskDefinitions = new TaskDefinitionsHandle(robot);
        String bareRole = "arn:aws:iam::123456789012:role/bareRole";

        DialogHandle dialog = taskDefinitions.startRegister("api", "api",
                "123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1");
        assertThat(robot.lookup("#taskdef-execution-role").queryComboBox().getItems()).as("IAM's roles")
                .contains(bareRole, "arn:aws:iam::123456789012:role/ecsTaskExecutionRole");
        dialog.paste("taskdef-execution-role", bareRole);
        assertThat(dialog.text("taskdef-role-warnings"))
                .isEqualTo("This task pulls from ECR but its execution role lacks AmazonECSTaskExecutionRolePolicy.");
        dialog.paste("taskdef-efs-file-system", "fs-0123456789abcdef0").paste("taskdef-efs-path", "/data")
                .paste("taskdef-efs-access-point", "fsap-0123456789abcdef0")
                .tick("taskdef-efs-transit-encryption", true);
        dialog.submit();

        assertThat(taskDefinitions.rolesAndVolumes()).contains(bareRole, "efs: EFS fs-0123456789abcdef0, root /, "
                + "transit encryption ENABLED, access point fsap-0123456789abcdef0", "api: efs at /data");
        assertThat(taskDefinitions.roleWarnings()).containsExactly(
                "This task pulls from ECR but its execution role lacks AmazonECSTaskExecutionRolePolicy.");
    }

    @Test
    void theFileSystemsTabCreatesAnAccessPointAndListsIt(FxRobot robot) {
        String fileSystem = gateway.efs().createFileSystem(CreateFileSystemRequest.named("shared-1", "shared"))
                .fileSystemId();
        gateway.advanceServices(Duration.ofSeconds(10));
        robot.clickOn("File systems");
        new TableHandle<FileSystemRow>(robot, "file-systems-table", null).click(r -> r.fileSystemId()
                .equals(fileSystem));

        robot.clickOn("#file-systems-create-access-point");
        new DialogHandle(robot).type("access-point-name", "uploads").type("access-point-uid", "1001").submit();

        String accessPoint = gateway.efs().describeAccessPoints(null, fileSystem, null, null).items().get(0)
                .accessPointId();
        assertThat(new TableHandle<FileSystemRow>(robot, "file-systems-table", null).rows().get(0).accessPoints())
                .isEqualTo("uploads " + accessPoint + " /uploads as 1001:1000");
        Path picture = Path.of("target", "screenshots", "file-systems-access-points.png");
        robot.interact(() -> {
            try {
                Files.createDirectories(picture.getParent());
                ViewSnapshots.write(robot.lookup("#file-systems-pane").query().getScene(), picture);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void invalidMemoryIsShownAtTheMemoryField(FxRobot robot) {
        TaskDefinitionsHandle taskDefinitions = new TaskDefinitionsHandle(robot);

        DialogHandle dialog = taskDefinitions.startRegister("api", "api", "api:1");
        dialog.type("taskdef-memory", "3000");
        dialog.submit();

        assertThat(dialog.errorAt("taskdef-memory")).hasValue("With CPU 256, Fargate takes memory 512, 1024 or 2048 MiB.");
        dialog.cancel();
        assertThat(taskDefinitions.revisions()).containsExactly("web:1");
    }

    @Test
    void malformedJsonIsReportedWithItsLineAndColumn(FxRobot robot) {
        TaskDefinitionsHandle taskDefinitions = new TaskDefinitionsHandle(robot);

        DialogHandle dialog = taskDefinitions.startRegisterJson("{\n  \"family\": \"web\"\n  \"cpu\": \"256\"\n}");
        dialog.submit();

        assertThat(dialog.errorAt("register-json")).hasValueSatisfying(text -> assertThat(text)
                .startsWith("Line 3, column 3: Unexpected character"));
        dialog.cancel();
    }

    @Test
    void theComparisonHighlightsWhatChangedBetweenRevisions(FxRobot robot) {
        TaskDefinitionsHandle taskDefinitions = new TaskDefinitionsHandle(robot);
        DialogHandle dialog = taskDefinitions.startRegisterJson(
                new TaskDefinitionJson().write(DemoData.webTaskDefinition("nginx:1.29")));
        dialog.submit();

        assertThat(taskDefinitions.comparison()).filteredOn(row -> row.kind() == LineDiff.Kind.CHANGED)
                .extracting(LineDiff.Row::left).anyMatch(line -> line.contains("nginx:1.25"));
    }

    @Test
    void deregisteringMarksTheRevisionInactive(FxRobot robot) {
        TaskDefinitionsHandle taskDefinitions = new TaskDefinitionsHandle(robot);
        taskDefinitions.selectRevision("web:1");

        robot.clickOn("#taskdefs-deregister");
        new DialogHandle(robot).type("confirm-input", "web:1").submit();

        assertThat(taskDefinitions.json()).contains("\"status\" : \"INACTIVE\"");
    }
}
