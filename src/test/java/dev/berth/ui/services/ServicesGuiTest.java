package dev.berth.ui.services;

import dev.berth.ui.handles.DialogHandle;
import dev.berth.ui.handles.MainWindowHandle;
import dev.berth.ui.handles.ServicesHandle;
import dev.berth.ui.testing.DemoData;
import dev.berth.ui.testing.FakeEcs;
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

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ServicesGuiTest {
    @TempDir
    Path settings;
    private final FakeGateway gateway = new FakeGateway();
    private final FakeEcs ecs = gateway.fakeEcs();

    @Start
    void start(Stage stage) {
        DemoData.fill(ecs);
        TestWindow.open(stage, gateway, settings);
    }

    @BeforeEach
    void openServices(FxRobot robot) {
        new MainWindowHandle(robot).goTo("services");
    }

    @Test
    void showsTheServicesOfTheFirstClusterWithTheirEvents(FxRobot robot) {
        ServicesHandle services = new ServicesHandle(robot);

        assertThat(services.cluster()).isEqualTo("production");
        assertThat(services.row("web").runningProperty().get()).isEqualTo(3);
        services.select("web");
        assertThat(services.events()).contains("(service web) has reached a steady state.");
    }

    @Test
    void creatingAServiceShowsItWithItsDesiredCount(FxRobot robot) {
        ServicesHandle services = new ServicesHandle(robot);

        services.create("api", "web:1", 2, "subnet-0a1b2c3d");

        assertThat(services.row("api").desiredProperty().get()).isEqualTo(2);
        assertThat(services.row("api").taskDefinitionProperty().get()).isEqualTo("web:1");
    }

    @Test
    void mistakesAreShownAtTheirFields(FxRobot robot) {
        ServicesHandle services = new ServicesHandle(robot);

        DialogHandle dialog = services.startCreate("api", "web:1", 2, "");
        dialog.type("service-desired-count", "lots");
        dialog.submit();

        assertThat(dialog.errorAt("service-desired-count")).hasValue("Enter a whole number from 0 to 1000.");
        assertThat(dialog.errorAt("service-subnets")).hasValueSatisfying(text -> assertThat(text)
                .startsWith("Fargate tasks use awsvpc networking"));
        dialog.cancel();
        assertThat(services.names()).containsExactly("web");
    }

    @Test
    void aMissingTaskDefinitionIsReportedInTheDialog(FxRobot robot) {
        ServicesHandle services = new ServicesHandle(robot);

        DialogHandle dialog = services.startCreate("api", "worker:3", 1, "subnet-0a1b2c3d");
        dialog.submit();

        assertThat(dialog.isOpen()).isTrue();
        assertThat(dialog.error()).hasValue("Task definition 'worker:3' does not exist or has no active revision. "
                + "Refresh the list or register it first.");
        dialog.cancel();
    }

    @Test
    void updatingTheDesiredCountShowsInTheTable(FxRobot robot) {
        ServicesHandle services = new ServicesHandle(robot);

        services.startUpdate("web").type("service-desired-count", "5").submit();

        assertThat(services.row("web").desiredProperty().get()).isEqualTo(5);
        assertThat(ecs.service("production", "web").taskDefinition()).endsWith("web:2");
    }

    @Test
    void theUpdateDialogPreviewsThePlanAsTheSettingsChange(FxRobot robot) {
        DialogHandle dialog = new ServicesHandle(robot).startUpdate("web");
        assertThat(dialog.text("service-plan-preview")).startsWith("No new deployment");

        dialog.type("service-task-definition", "web:1").type("service-min-healthy", "50")
                .type("service-max-percent", "100");
        assertThat(dialog.text("service-plan-preview"))
                .startsWith("6 waves; at least 2 healthy, at most 3 tasks (bounds 2–3).\n1: stop 1 · 2: start 1 · ");

        dialog.type("service-min-healthy", "100");
        assertThat(dialog.text("service-plan-preview")).contains("Blocked: The scheduler can neither start nor stop");
        dialog.cancel();
    }

    @Test
    void deletingAServiceAsksForItsName(FxRobot robot) {
        ServicesHandle services = new ServicesHandle(robot);
        services.select("web");

        robot.clickOn("#services-delete");
        new DialogHandle(robot).type("confirm-input", "web").submit();

        assertThat(services.names()).isEmpty();
    }
}
