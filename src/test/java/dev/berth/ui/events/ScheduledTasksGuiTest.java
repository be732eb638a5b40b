package dev.berth.ui.events;

import dev.berth.core.model.CreateClusterRequest;
import dev.berth.ui.handles.ClusterTableHandle;
import dev.berth.ui.handles.DialogHandle;
import dev.berth.ui.handles.ScheduledTasksHandle;
import dev.berth.ui.testing.FakeClock;
import dev.berth.ui.testing.FakeGateway;
import dev.berth.ui.testing.TestWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ScheduledTasksGuiTest {
    @TempDir
    Path settings;
    private final FakeGateway gateway = new FakeGateway(new FakeClock());

    @Start
    void start(Stage stage) {
        gateway.fakeEcs().createCluster(CreateClusterRequest.named("batch"));
        gateway.s3().createBucket("uploads");
        TestWindow.open(stage, gateway, settings);
    }

    @Test
    void aScheduledTaskIsCreatedDisabledAndDeletedFromTheClustersTab(FxRobot robot) {
        ScheduledTasksHandle tab = openTab(robot);

        DialogHandle dialog = tab.startCreate();
        dialog.paste("rule-name", "nightly-report").paste("rule-schedule", "rate(1 days)");
        dialog.submit();
        assertThat(dialog.errorAt("rule-task-definition")).hasValue("Enter the task definition to run.");
        dialog.paste("rule-task-definition", "report:3").paste("rule-schedule", "rate(2 hour)");
        dialog.submit();
        assertThat(dialog.isOpen()).isTrue();
        assertThat(dialog.error()).hasValueSatisfying(text -> assertThat(text)
                .contains("Parameter ScheduleExpression is not valid."));
        dialog.paste("rule-schedule", "cron(0 2 * * ? *)");
        dialog.submit();

        assertThat(dialog.isOpen()).isFalse();
        assertThat(tab.rule("nightly-report").triggerProperty().get()).isEqualTo("cron(0 2 * * ? *)");
        assertThat(tab.rule("nightly-report").taskDefinitionProperty().get()).isEqualTo("report:3");
        assertThat(tab.rule("nightly-report").stateProperty().get()).isEqualTo("ENABLED");

        tab.select("nightly-report");
        tab.disable();
        assertThat(tab.rule("nightly-report").stateProperty().get()).isEqualTo("DISABLED");
        assertThat(gateway.events().describeRule("nightly-report").state()).isEqualTo("DISABLED");

        DialogHandle delete = tab.startDelete();
        delete.type("confirm-input", "nightly-report");
        delete.submit();
        assertThat(tab.ruleNames()).isEmpty();
        assertThat(gateway.events().listRules(null, null, null).items()).isEmpty();
    }

    @Test
    void anUploadedObjectIsListedWithItsBucket(FxRobot robot) {
        ScheduledTasksHandle tab = openTab(robot);

        DialogHandle upload = tab.startUpload();
        upload.paste("upload-key", "incoming/report.csv").paste("upload-size", "2048");
        upload.submit();

        assertThat(upload.isOpen()).isFalse();
        assertThat(tab.stored()).containsExactly("S3 uploads: incoming/report.csv (2048 bytes)");
    }

    private static ScheduledTasksHandle openTab(FxRobot robot) {
        new ClusterTableHandle(robot).select("batch");
        ScheduledTasksHandle tab = new ScheduledTasksHandle(robot);
        tab.open();
        return tab;
    }
}
